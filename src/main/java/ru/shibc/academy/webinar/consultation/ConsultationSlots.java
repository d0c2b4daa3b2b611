package ru.shibc.academy.webinar.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** Publishing and cancelling a methodologist's consultation slots. */
@ApplicationScoped
public class ConsultationSlots {

  /**
   * What a methodologist enters: the first day, local times in {@code zone}, how many weeks in a
   * row, a topic and a link to the room (both optional).
   */
  public record Draft(
      LocalDate firstDay, LocalTime from, LocalTime to, ZoneId zone, int weeks, String topic, String joinUrl) {}

  /** What the audit log keeps of a publication. */
  public record Published(List<Long> slots, String topic, String joinUrl, List<String> starts) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Staff staff;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private ConsultationNotices notices;

  /**
   * Publishes a slot or a weekly series for a methodologist. The methodologist's {@code people}
   * row is locked first, so two publications of the same person (two tabs, two nodes) check for
   * overlaps one after the other and never both pass.
   */
  @Transactional
  public List<ConsultationSlot> publish(long methodologistId, Draft d) {
    String topic = cleanTopic(d.topic());
    String joinUrl = joinUrl(d.joinUrl());
    List<TimeSpan> spans =
        SlotSeries.expand(d.firstDay(), d.from(), d.to(), d.zone() == null ? ru.shibc.academy.platform.time.Clocks.DISTRICT_ZONE : d.zone(), d.weeks());
    Instant now = clock.instant();
    SlotSeries.requireFuture(spans, now);
    lockPerson(methodologistId);
    List<TimeSpan> live = liveSpans(methodologistId, spans.get(0).start(), spans.get(spans.size() - 1).end());
    Optional<TimeSpan> clash = SlotSeries.firstOverlap(spans, live);
    if (clash.isPresent()) {
      throw AcademyException.invalid(
          "consultation.slot.overlap", ru.shibc.academy.platform.time.Clocks.dateTime(clash.get().start()));
    }
    List<ConsultationSlot> slots = new ArrayList<>();
    for (TimeSpan span : spans) {
      ConsultationSlot slot = new ConsultationSlot(UUID.randomUUID().toString(), methodologistId, span, topic, joinUrl, now);
      em.persist(slot);
      slots.add(slot);
    }
    em.flush();
    audit.record(
        "consultation.publish", "person", methodologistId, null,
        new Published(slots.stream().map(ConsultationSlot::getId).toList(), topic, joinUrl,
            spans.stream().map(s -> s.start().toString()).toList()));
    return slots;
  }

  /**
   * Withdraws a slot; a live booking of it is cancelled and both sides are told. Only the slot's
   * methodologist or an administrator may.
   */
  @Transactional
  public ConsultationSlot cancel(long slotId, Long callerPersonId) {
    ConsultationSlot slot = em.find(ConsultationSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
    if (slot == null) {
      throw AcademyException.notFound("consultationSlot");
    }
    boolean owner = callerPersonId != null && callerPersonId == slot.getMethodologistId();
    if (!owner && !currentUser.has(Role.ADMIN)) {
      throw AcademyException.forbidden();
    }
    if (slot.getStatus() == SlotStatus.CANCELLED) {
      throw AcademyException.conflict("consultation.slot.alreadyCancelled");
    }
    slot.cancel();
    Optional<ConsultationBooking> live = liveBooking(slotId);
    live.ifPresent(
        booking -> {
          booking.cancel(clock.instant(), currentUser.username());
          Map<Long, Person> people = people(slot.getMethodologistId(), booking.getPersonId());
          notices.cancelled(slot, booking, people.get(slot.getMethodologistId()), people.get(booking.getPersonId()));
        });
    em.flush();
    audit.record("consultation.cancelSlot", "consultationSlot", slotId, null, live.map(ConsultationBooking::getId).orElse(null));
    return slot;
  }

  Optional<ConsultationBooking> liveBooking(long slotId) {
    return em.createQuery(
            "select b from ConsultationBooking b where b.slotId = :s and b.status <> :c", ConsultationBooking.class)
        .setParameter("s", slotId)
        .setParameter("c", BookingStatus.CANCELLED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  Map<Long, Person> people(long... ids) {
    List<Long> list = new ArrayList<>();
    for (long id : ids) {
      list.add(id);
    }
    Map<Long, Person> byId = new java.util.HashMap<>();
    staff.byIds(list).forEach(p -> byId.put(p.getId(), p));
    return byId;
  }

  private void lockPerson(long personId) {
    List<?> row =
        em.createNativeQuery("SELECT id FROM people WHERE id = ? FOR UPDATE").setParameter(1, personId).getResultList();
    if (row.isEmpty()) {
      throw AcademyException.notFound("person");
    }
  }

  /** The methodologist's open slots near the wanted ones, read under a lock (the latest rows). */
  private List<TimeSpan> liveSpans(long methodologistId, Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT starts_at, ends_at FROM consultation_slots WHERE methodologist_id = ? AND status = 'OPEN'"
                    + " AND ends_at > ? AND starts_at < ? FOR UPDATE")
            .setParameter(1, methodologistId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList();
    return rows.stream().map(r -> new TimeSpan(instant(r[0]), instant(r[1]))).toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }

  static String cleanTopic(String topic) {
    if (topic == null || topic.isBlank()) {
      return null;
    }
    String clean = topic.strip();
    if (clean.length() > 250) {
      throw AcademyException.invalid("consultation.slot.topicLength", 250);
    }
    return clean;
  }

  /** An absolute http or https URL with a host, or nothing; anything else is refused (422). */
  static String joinUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String clean = url.strip();
    try {
      URI uri = new URI(clean);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (clean.length() <= 2000 && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return clean;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below
    }
    throw AcademyException.invalid("consultation.slot.joinUrl");
  }
}
