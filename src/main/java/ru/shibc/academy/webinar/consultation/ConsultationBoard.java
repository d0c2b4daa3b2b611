package ru.shibc.academy.webinar.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * What people see of consultations: the free slots on offer, a methodologist's slots with who
 * booked them, a librarian's bookings. Reads only; each list is a fixed number of queries.
 */
@ApplicationScoped
public class ConsultationBoard {

  /** How far back lists and feeds reach: older consultations are history nobody plans with. */
  public static final Duration HISTORY = Duration.ofDays(60);
  static final int MAX_ROWS = 500;

  /** A slot with its methodologist, and its live booking with the librarian, if any. */
  public record SlotLine(ConsultationSlot slot, Person methodologist, ConsultationBooking booking, Person librarian) {
    public boolean isBooked() {
      return booking != null;
    }
  }

  /** A booking with its slot and both people. */
  public record BookingLine(ConsultationBooking booking, ConsultationSlot slot, Person methodologist, Person librarian) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Staff staff;

  /** Open slots not yet started and not booked, soonest first. */
  public List<SlotLine> free() {
    List<ConsultationSlot> slots =
        em.createQuery(
                "select s from ConsultationSlot s where s.status = :open and s.startsAt > :now and not exists"
                    + " (select b from ConsultationBooking b where b.slotId = s.id and b.status <> :cancelled)"
                    + " order by s.startsAt, s.id",
                ConsultationSlot.class)
            .setParameter("open", SlotStatus.OPEN)
            .setParameter("now", clock.instant())
            .setParameter("cancelled", BookingStatus.CANCELLED)
            .setMaxResults(MAX_ROWS)
            .getResultList();
    Map<Long, Person> people = people(slots.stream().map(ConsultationSlot::getMethodologistId).toList());
    return slots.stream().map(s -> new SlotLine(s, people.get(s.getMethodologistId()), null, null)).toList();
  }

  /** A methodologist's slots from {@link #HISTORY} ago on, with their live bookings. */
  public List<SlotLine> ofMethodologist(long methodologistId) {
    List<ConsultationSlot> slots =
        em.createQuery(
                "select s from ConsultationSlot s where s.methodologistId = :m and s.startsAt > :since"
                    + " order by s.startsAt, s.id",
                ConsultationSlot.class)
            .setParameter("m", methodologistId)
            .setParameter("since", clock.instant().minus(HISTORY))
            .setMaxResults(MAX_ROWS)
            .getResultList();
    Map<Long, ConsultationBooking> live = liveBookings(slots.stream().map(ConsultationSlot::getId).toList());
    Set<Long> ids = new HashSet<>();
    ids.add(methodologistId);
    live.values().forEach(b -> ids.add(b.getPersonId()));
    Map<Long, Person> people = people(ids);
    return slots.stream()
        .map(
            s -> {
              ConsultationBooking b = live.get(s.getId());
              return new SlotLine(s, people.get(methodologistId), b, b == null ? null : people.get(b.getPersonId()));
            })
        .toList();
  }

  /**
   * A librarian's bookings from {@link #HISTORY} ago on, soonest first: the latest booking of each
   * slot, cancelled ones too (so a calendar learns of the cancellation).
   */
  public List<BookingLine> ofLibrarian(long personId) {
    List<Object[]> rows =
        em.createQuery(
                "select b, s from ConsultationBooking b, ConsultationSlot s where s.id = b.slotId"
                    + " and b.personId = :p and s.startsAt > :since order by s.startsAt, b.id",
                Object[].class)
            .setParameter("p", personId)
            .setParameter("since", clock.instant().minus(HISTORY))
            .setMaxResults(MAX_ROWS)
            .getResultList();
    Map<Long, Object[]> latestBySlot = new java.util.LinkedHashMap<>();
    rows.forEach(r -> latestBySlot.put(((ConsultationSlot) r[1]).getId(), r)); // later ids replace earlier
    Set<Long> ids = new HashSet<>();
    ids.add(personId);
    latestBySlot.values().forEach(r -> ids.add(((ConsultationSlot) r[1]).getMethodologistId()));
    Map<Long, Person> people = people(ids);
    return latestBySlot.values().stream()
        .map(r -> {
          ConsultationSlot s = (ConsultationSlot) r[1];
          return new BookingLine((ConsultationBooking) r[0], s, people.get(s.getMethodologistId()), people.get(personId));
        })
        .toList();
  }

  /**
   * A methodologist's slots that were ever booked, for their calendar feed: with the live booking
   * when there is one (otherwise the entry shows as cancelled).
   */
  public List<SlotLine> bookedOfMethodologist(long methodologistId) {
    List<SlotLine> lines = ofMethodologist(methodologistId);
    Set<Long> everBooked =
        new HashSet<>(
            em.createQuery(
                    "select distinct b.slotId from ConsultationBooking b, ConsultationSlot s where s.id = b.slotId"
                        + " and s.methodologistId = :m and s.startsAt > :since",
                    Long.class)
                .setParameter("m", methodologistId)
                .setParameter("since", clock.instant().minus(HISTORY))
                .getResultList());
    return lines.stream().filter(line -> everBooked.contains(line.slot().getId())).toList();
  }

  /** One booking with its slot and people, for its {@code .ics}; only to those it concerns. */
  public BookingLine booking(long bookingId, Long callerPersonId, boolean admin) {
    ConsultationBooking b = em.find(ConsultationBooking.class, bookingId);
    if (b == null) {
      throw AcademyException.notFound("consultationBooking");
    }
    ConsultationSlot s = em.find(ConsultationSlot.class, b.getSlotId());
    boolean involved =
        callerPersonId != null && (callerPersonId == b.getPersonId() || callerPersonId == s.getMethodologistId());
    if (!involved && !admin) {
      throw AcademyException.notFound("consultationBooking");
    }
    Map<Long, Person> people = people(List.of(s.getMethodologistId(), b.getPersonId()));
    return new BookingLine(b, s, people.get(s.getMethodologistId()), people.get(b.getPersonId()));
  }

  public ConsultationSlot slot(long slotId) {
    ConsultationSlot s = em.find(ConsultationSlot.class, slotId);
    if (s == null) {
      throw AcademyException.notFound("consultationSlot");
    }
    return s;
  }

  private Map<Long, ConsultationBooking> liveBookings(List<Long> slotIds) {
    Map<Long, ConsultationBooking> live = new HashMap<>();
    if (slotIds.isEmpty()) {
      return live;
    }
    em.createQuery(
            "select b from ConsultationBooking b where b.slotId in :ids and b.status <> :cancelled",
            ConsultationBooking.class)
        .setParameter("ids", slotIds)
        .setParameter("cancelled", BookingStatus.CANCELLED)
        .getResultList()
        .forEach(b -> live.put(b.getSlotId(), b));
    return live;
  }

  private Map<Long, Person> people(java.util.Collection<Long> ids) {
    Map<Long, Person> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      staff.byIds(new HashSet<>(ids)).forEach(p -> byId.put(p.getId(), p));
    }
    return byId;
  }

  Instant now() {
    return clock.instant();
  }
}
