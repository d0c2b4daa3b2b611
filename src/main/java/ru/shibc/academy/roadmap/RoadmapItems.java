package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.roadmap.seed.Recurrence;
import ru.shibc.academy.roadmap.seed.Timeframe;

/**
 * Items at work: adding, editing and removing them (the department), their status and responsible
 * person, and the history every change leaves. Every change says which version of the item it
 * replaces; a stale one is refused with 409.
 */
@ApplicationScoped
public class RoadmapItems {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){1,3}");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapAccess access;
  @Inject private Staff staff;
  @Inject private AuditLog audit;
  @Inject private CurrentUser user;
  @Inject private Clock clock;

  public RoadmapItem get(long roadmapId, long itemId) {
    access.requireRead();
    return find(roadmapId, itemId);
  }

  RoadmapItem find(long roadmapId, long itemId) {
    RoadmapItem item = em.find(RoadmapItem.class, itemId);
    if (item == null || item.getRoadmapId() != roadmapId) {
      throw AcademyException.notFound("roadmapItem");
    }
    return item;
  }

  public RoadmapSection section(RoadmapItem item) {
    return em.find(RoadmapSection.class, item.getSectionId());
  }

  @Transactional
  public RoadmapItem add(long roadmapId, ItemFields fields) {
    access.requireEdit();
    Roadmap roadmap = roadmaps.find(roadmapId);
    ItemFields f = checked(roadmap, fields);
    RoadmapSection section = section(roadmapId, f.sectionNumber());
    numberFree(roadmapId, f.number(), null);
    Integer last =
        em.createQuery("select max(i.position) from RoadmapItem i where i.roadmapId = :r", Integer.class)
            .setParameter("r", roadmapId)
            .getSingleResult();
    RoadmapItem item = new RoadmapItem(roadmapId, section.getId(), last == null ? 1 : last + 1, f, clock.instant());
    em.persist(item);
    em.flush();
    audit.record("roadmap.item.add", "roadmapItem", item.getId(), null, f);
    return item;
  }

  @Transactional
  public RoadmapItem update(long roadmapId, long itemId, ItemFields fields, long version) {
    access.requireEdit();
    RoadmapItem item = current(roadmapId, itemId, version);
    Roadmap roadmap = roadmaps.find(roadmapId);
    ItemFields f = checked(roadmap, fields);
    RoadmapSection section = section(roadmapId, f.sectionNumber());
    numberFree(roadmapId, f.number(), itemId);
    ItemFields before = item.fields(section(item).getNumber());
    List<RoadmapItem.Change> changes = item.apply(section.getId(), f, clock.instant());
    for (RoadmapItem.Change c : changes) {
      if (c.field().equals("section")) {
        c = new RoadmapItem.Change("section", String.valueOf(before.sectionNumber()), String.valueOf(f.sectionNumber()));
      }
      history(item, c);
    }
    em.flush();
    audit.record("roadmap.item.update", "roadmapItem", itemId, before, f);
    return item;
  }

  @Transactional
  public void remove(long roadmapId, long itemId, long version) {
    access.requireEdit();
    RoadmapItem item = current(roadmapId, itemId, version);
    ItemFields before = item.fields(section(item).getNumber());
    em.remove(item);
    em.flush();
    audit.record("roadmap.item.remove", "roadmapItem", itemId, before, null);
  }

  @Transactional
  public RoadmapItem changeStatus(long roadmapId, long itemId, ItemStatus status, long version) {
    if (status == null) {
      throw AcademyException.invalid("roadmap.status.required");
    }
    RoadmapItem item = find(roadmapId, itemId);
    access.requireWork(item);
    checkVersion(item, version);
    if (item.getStatus() == status) {
      return item;
    }
    RoadmapItem.Change change = item.status(status, clock.instant());
    history(item, change);
    em.flush();
    audit.record("roadmap.item.status", "roadmapItem", itemId, change.oldValue(), change.newValue());
    return item;
  }

  /** Gives the item to a person of the district, or to nobody with {@code personId} null. */
  @Transactional
  public RoadmapItem assign(long roadmapId, long itemId, Long personId, long version) {
    access.requireEdit();
    RoadmapItem item = current(roadmapId, itemId, version);
    if (Objects.equals(item.getResponsibleId(), personId)) {
      return item;
    }
    String before = name(item.getResponsibleId());
    String after = personId == null ? null : staff.get(personId).fullName();
    item.responsible(personId, clock.instant());
    history(item, new RoadmapItem.Change("responsible", before, after));
    em.flush();
    audit.record("roadmap.item.responsible", "roadmapItem", itemId, before, after);
    return item;
  }

  public List<ItemChange> history(long roadmapId, long itemId) {
    get(roadmapId, itemId);
    return em.createQuery(
            "select h from ItemChange h where h.itemId = :i order by h.changedAt desc, h.id desc", ItemChange.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  /**
   * Whom the pages offer as responsible: the people whose accounts run or support the roadmap
   * (methodologists and the department), by surname. The API takes any person of the district.
   */
  public List<Person> candidates() {
    List<Long> ids =
        em.createQuery(
                "select distinct a.personId from Account a join a.roles r where r in :roles and a.personId is not null",
                Long.class)
            .setParameter("roles", List.of(ru.shibc.academy.platform.security.Role.METHODOLOGIST,
                ru.shibc.academy.platform.security.Role.DEPARTMENT))
            .getResultList();
    return staff.byIds(ids).stream()
        .sorted(java.util.Comparator.comparing(Person::fullName))
        .toList();
  }

  /** The responsible person's full name, or null. */
  public String name(Long personId) {
    return personId == null ? null : staff.find(personId).map(Person::fullName).orElse(null);
  }

  void history(RoadmapItem item, RoadmapItem.Change c) {
    em.persist(new ItemChange(item.getId(), c.field(), c.oldValue(), c.newValue(), user.username(), clock.instant()));
  }

  private RoadmapItem current(long roadmapId, long itemId, long version) {
    RoadmapItem item = find(roadmapId, itemId);
    checkVersion(item, version);
    return item;
  }

  private static void checkVersion(RoadmapItem item, long version) {
    if (item.getVersion() != version) {
      throw AcademyException.conflict("error.staleVersion");
    }
  }

  private RoadmapSection section(long roadmapId, int number) {
    return em.createQuery(
            "select s from RoadmapSection s where s.roadmapId = :r and s.number = :n", RoadmapSection.class)
        .setParameter("r", roadmapId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> AcademyException.invalid("roadmap.section.unknown", number));
  }

  private void numberFree(long roadmapId, String number, Long itemId) {
    boolean taken =
        em.createQuery(
                "select i from RoadmapItem i where i.roadmapId = :r and i.number = :n", RoadmapItem.class)
            .setParameter("r", roadmapId)
            .setParameter("n", number)
            .getResultStream()
            .anyMatch(i -> !i.getId().equals(itemId));
    if (taken) {
      throw AcademyException.conflict("roadmap.item.numberTaken", number);
    }
  }

  /**
   * The fields cleaned and checked against the roadmap: a number under its section, the texts
   * present, a period that does not end before it starts and lies within the roadmap's. With no
   * dates given the period (and rate) comes from the timeframe text.
   */
  static ItemFields checked(Roadmap roadmap, ItemFields f) {
    String number = Roadmaps.required(f.number(), 20);
    if (number.endsWith(".")) {
      number = number.substring(0, number.length() - 1);
    }
    if (!NUMBER.matcher(number).matches() || !number.startsWith(f.sectionNumber() + ".")) {
      throw AcademyException.invalid("roadmap.item.number", number, f.sectionNumber());
    }
    String measure = Roadmaps.required(f.measure(), 20_000);
    String timeframe = Roadmaps.required(f.timeframe(), 500);
    List<String> executors =
        f.executors().stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (executors.isEmpty()) {
      throw AcademyException.invalid("roadmap.item.executors");
    }
    String documentType = f.documentType() == null ? "" : f.documentType().strip();
    String expected = f.expectedResult() == null ? "" : f.expectedResult().strip();
    if (documentType.length() > 1000 || expected.length() > 20_000 || String.join("\n", executors).length() > 20_000) {
      throw AcademyException.invalid("roadmap.field.tooLong");
    }
    Timeframe whole = Timeframe.of(roadmap.getPeriodStart(), roadmap.getPeriodEnd());
    LocalDate start = f.periodStart();
    LocalDate end = f.periodEnd();
    Integer times = f.recurrenceTimes();
    Recurrence.Per per = f.recurrencePer();
    if (start == null && end == null) {
      Timeframe parsed;
      try {
        parsed = Timeframe.parse(timeframe, whole);
      } catch (IllegalArgumentException e) {
        throw AcademyException.invalid("roadmap.timeframe.unrecognised", timeframe);
      }
      start = parsed.start();
      end = parsed.end();
      times = parsed.recurrence().map(Recurrence::times).orElse(null);
      per = parsed.recurrence().map(Recurrence::per).orElse(null);
    }
    if (start == null || end == null) {
      throw AcademyException.invalid("roadmap.period.required");
    }
    if (end.isBefore(start)) {
      throw AcademyException.invalid("roadmap.period.reversed");
    }
    if (!Timeframe.of(start, end).within(whole)) {
      java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
      throw AcademyException.invalid(
          "roadmap.item.outsidePeriod", day.format(roadmap.getPeriodStart()), day.format(roadmap.getPeriodEnd()));
    }
    if ((times == null) != (per == null) || (times != null && (times < 1 || times > 1000))) {
      throw AcademyException.invalid("roadmap.item.recurrence");
    }
    return new ItemFields(
        f.sectionNumber(), number, measure, timeframe, start, end, times, per, executors, documentType, expected);
  }
}
