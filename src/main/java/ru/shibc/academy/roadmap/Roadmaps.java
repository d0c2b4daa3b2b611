package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.time.Clocks;

/** Roadmaps as wholes: the list, one with its sections and items, editing, copying. */
@ApplicationScoped
public class Roadmaps {

  /** A roadmap's own fields as the department edits them. */
  public record RoadmapEdit(String title, String approvedBy, LocalDate periodStart, LocalDate periodEnd, long version) {}

  /** What a copy is called and the first year of its period, e.g. 2025 for 2025–2027. */
  public record CopyRequest(String title, int startYear) {}

  /** What the audit log keeps of a roadmap. */
  public record State(String title, String approvedBy, LocalDate periodStart, LocalDate periodEnd) {
    static State of(Roadmap r) {
      return new State(r.getTitle(), r.getApprovedBy(), r.getPeriodStart(), r.getPeriodEnd());
    }
  }

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private RoadmapAccess access;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The district's today: what overdue is judged against. */
  public LocalDate today() {
    return Clocks.day(clock.instant());
  }

  public List<Roadmap> list() {
    access.requireRead();
    return em.createQuery("select r from Roadmap r order by r.periodStart desc, r.id desc", Roadmap.class)
        .getResultList();
  }

  public Roadmap get(long id) {
    access.requireRead();
    return find(id);
  }

  Roadmap find(long id) {
    Roadmap r = em.find(Roadmap.class, id);
    if (r == null) {
      throw AcademyException.notFound("roadmap");
    }
    return r;
  }

  public List<RoadmapSection> sections(long roadmapId) {
    access.requireRead();
    return em.createQuery(
            "select s from RoadmapSection s where s.roadmapId = :r order by s.number", RoadmapSection.class)
        .setParameter("r", roadmapId)
        .getResultList();
  }

  /** The items in the order of the plan: by section, then as placed within it. */
  public List<RoadmapItem> items(long roadmapId) {
    access.requireRead();
    return em.createQuery(
            "select i from RoadmapItem i, RoadmapSection s where s.id = i.sectionId and i.roadmapId = :r"
                + " order by s.number, i.position, i.id",
            RoadmapItem.class)
        .setParameter("r", roadmapId)
        .getResultList();
  }

  @Transactional
  public Roadmap update(long id, RoadmapEdit edit) {
    access.requireEdit();
    Roadmap r = find(id);
    if (edit.version() != r.getVersion()) {
      throw AcademyException.conflict("error.staleVersion");
    }
    String title = required(edit.title(), 2000);
    if (edit.periodStart() == null || edit.periodEnd() == null) {
      throw AcademyException.invalid("roadmap.period.required");
    }
    if (edit.periodEnd().isBefore(edit.periodStart())) {
      throw AcademyException.invalid("roadmap.period.reversed");
    }
    Long outside =
        em.createQuery(
                "select count(i) from RoadmapItem i where i.roadmapId = :r"
                    + " and (i.periodStart < :start or i.periodEnd > :end)",
                Long.class)
            .setParameter("r", id)
            .setParameter("start", edit.periodStart())
            .setParameter("end", edit.periodEnd())
            .getSingleResult();
    if (outside > 0) {
      throw AcademyException.invalid("roadmap.period.itemsOutside", outside);
    }
    State before = State.of(r);
    String approvedBy = edit.approvedBy() == null || edit.approvedBy().isBlank() ? null : edit.approvedBy().strip();
    if (approvedBy != null && approvedBy.length() > 500) {
      throw AcademyException.invalid("roadmap.field.tooLong");
    }
    r.retitle(title, approvedBy, edit.periodStart(), edit.periodEnd());
    em.flush();
    audit.record("roadmap.update", "roadmap", id, before, State.of(r));
    return r;
  }

  /**
   * A new roadmap from an old one: its sections and items with every date and every year in the
   * timeframes moved by the difference of the first years, statuses back to planned, no
   * responsible persons, evidence, comments or history.
   */
  @Transactional
  public Roadmap copy(long sourceId, CopyRequest request) {
    access.requireEdit();
    Roadmap source = find(sourceId);
    if (request.startYear() < 2000 || request.startYear() > 2100) {
      throw AcademyException.invalid("roadmap.copy.year");
    }
    int years = request.startYear() - source.getPeriodStart().getYear();
    String title =
        request.title() == null || request.title().isBlank()
            ? PeriodShift.shiftYears(source.getTitle(), years)
            : required(request.title(), 2000);
    Roadmap copy =
        new Roadmap(
            title, null, PeriodShift.shift(source.getPeriodStart(), years),
            PeriodShift.shift(source.getPeriodEnd(), years), source.getId(), null, clock.instant());
    em.persist(copy);
    em.flush();
    Map<Long, Long> sectionIds = new HashMap<>();
    for (RoadmapSection s : sections(sourceId)) {
      RoadmapSection section = new RoadmapSection(copy.getId(), s.getNumber(), s.getTitle());
      em.persist(section);
      em.flush();
      sectionIds.put(s.getId(), section.getId());
    }
    Map<Long, Integer> numbers = new HashMap<>();
    sections(sourceId).forEach(s -> numbers.put(s.getId(), s.getNumber()));
    for (RoadmapItem i : items(sourceId)) {
      ItemFields f = i.fields(numbers.get(i.getSectionId()));
      ItemFields moved =
          new ItemFields(
              f.sectionNumber(), f.number(), f.measure(), PeriodShift.shiftYears(f.timeframe(), years),
              PeriodShift.shift(f.periodStart(), years), PeriodShift.shift(f.periodEnd(), years),
              f.recurrenceTimes(), f.recurrencePer(), f.executors(), f.documentType(), f.expectedResult());
      em.persist(new RoadmapItem(copy.getId(), sectionIds.get(i.getSectionId()), i.getPosition(), moved, clock.instant()));
    }
    em.flush();
    audit.record("roadmap.copy", "roadmap", copy.getId(), State.of(source), State.of(copy));
    return copy;
  }

  static String required(String text, int max) {
    if (text == null || text.isBlank()) {
      throw AcademyException.invalid("roadmap.field.required");
    }
    String t = text.strip();
    if (t.length() > max) {
      throw AcademyException.invalid("roadmap.field.tooLong");
    }
    return t;
  }
}
