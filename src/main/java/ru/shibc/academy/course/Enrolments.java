package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.people.Cohorts;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/** Who is on a course: self-enrolment, enrolment by a methodologist in bulk, withdrawal. */
@ApplicationScoped
public class Enrolments {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Courses courses;
  @Inject private Staff staff;
  @Inject private Cohorts cohorts;
  @Inject private ru.shibc.academy.people.Organisations organisations;
  @Inject private Completions completions;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Whom a bulk enrolment names: people, cohorts' members, organisations' whole staff. */
  public record Audience(Collection<Long> personIds, Collection<Long> cohortIds, Collection<Long> organisationIds) {}

  /** What a bulk enrolment would do to one person. */
  public enum Outcome {
    NEW,
    RETURNING,
    ALREADY_ENROLLED
  }

  public record Candidate(Person person, Outcome outcome) {}

  /** A participant of a course with their progress through its required activities. */
  public record Participant(Person person, Enrolment enrolment, int progressPercent) {}

  /** Ids of a course's completed enrolments, oldest first. */
  public List<Long> completedIds(long courseId) {
    return em.createQuery(
            "select e.id from Enrolment e where e.courseId = :c and e.status = :s order by e.id", Long.class)
        .setParameter("c", courseId)
        .setParameter("s", EnrolmentStatus.COMPLETED)
        .getResultList();
  }

  public Optional<Enrolment> byId(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
  }

  public Optional<Enrolment> of(long courseId, long personId) {
    return byCourseAndPerson(courseId, personId).getResultList().stream().findFirst();
  }

  private TypedQuery<Enrolment> byCourseAndPerson(long courseId, long personId) {
    return em.createQuery("select e from Enrolment e where e.courseId = :c and e.personId = :p", Enrolment.class)
        .setParameter("c", courseId)
        .setParameter("p", personId);
  }

  /** The caller's enrolments that are not withdrawn, newest first. */
  public List<Enrolment> mine(long personId) {
    return em.createQuery(
            "select e from Enrolment e where e.personId = :p and e.status <> :w order by e.enrolledAt desc",
            Enrolment.class)
        .setParameter("p", personId)
        .setParameter("w", EnrolmentStatus.WITHDRAWN)
        .getResultList();
  }

  @Transactional
  public Enrolment enrolSelf(long courseId, long personId) {
    Course course = courses.get(courseId);
    if (course.getStatus() != CourseStatus.PUBLISHED) {
      throw AcademyException.notFound("course");
    }
    if (!course.isSelfEnrolment()) {
      throw AcademyException.invalid("course.enrol.notSelf");
    }
    requireWindow(course);
    Optional<Enrolment> existing = of(courseId, personId);
    if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.WITHDRAWN) {
      throw AcademyException.conflict("course.enrol.already");
    }
    Enrolment enrolment = enrol(courseId, personId, existing);
    audit.record("enrolment.self", "Course", courseId, null, java.util.Map.of("person", personId));
    return enrolment;
  }

  /** What {@link #enrol(long, Audience)} would do, person by person, changing nothing. */
  public List<Candidate> preview(long courseId, Audience audience) {
    courses.get(courseId);
    return candidates(courseId, resolve(audience), existing(courseId));
  }

  private List<Candidate> candidates(long courseId, Map<Long, Person> people, Map<Long, Enrolment> existing) {
    List<Candidate> candidates = new ArrayList<>();
    for (Person person : people.values()) {
      Enrolment e = existing.get(person.getId());
      Outcome outcome =
          e == null ? Outcome.NEW : e.getStatus() == EnrolmentStatus.WITHDRAWN ? Outcome.RETURNING : Outcome.ALREADY_ENROLLED;
      candidates.add(new Candidate(person, outcome));
    }
    candidates.sort(Comparator.comparing((Candidate c) -> c.person().getSurname()).thenComparing(c -> c.person().getName()));
    return candidates;
  }

  /** The course's enrolments by person id, in one query. */
  private Map<Long, Enrolment> existing(long courseId) {
    return em.createQuery("select e from Enrolment e where e.courseId = :c", Enrolment.class)
        .setParameter("c", courseId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Enrolment::getPersonId, Function.identity()));
  }

  /** Enrols everyone the audience names who is not enrolled yet; answers how many. */
  @Transactional
  public int enrol(long courseId, Audience audience) {
    Course course = courses.get(courseId);
    if (course.getStatus() == CourseStatus.ARCHIVED) {
      throw AcademyException.invalid("course.enrol.archived");
    }
    requireWindow(course);
    Map<Long, Enrolment> existing = existing(courseId);
    int enrolled = 0;
    for (Candidate c : candidates(courseId, resolve(audience), existing)) {
      if (c.outcome() != Outcome.ALREADY_ENROLLED) {
        enrol(courseId, c.person().getId(), Optional.ofNullable(existing.get(c.person().getId())));
        enrolled++;
      }
    }
    if (enrolled > 0) {
      audit.record("enrolment.bulk", "Course", courseId, null, java.util.Map.of("enrolled", enrolled));
    }
    return enrolled;
  }

  /** Takes a person off a course; their enrolment and completions stay as history. */
  @Transactional
  public void withdraw(long courseId, long personId) {
    Enrolment enrolment =
        of(courseId, personId)
            .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
            .orElseThrow(() -> AcademyException.notFound("enrolment"));
    enrolment.withdraw(clock.instant());
    audit.record("enrolment.withdrawn", "Course", courseId, java.util.Map.of("person", personId), null);
  }

  /** Participants with progress, optionally of one organisation, sorted by name. */
  public List<Participant> participants(long courseId, Long organisationId) {
    courses.get(courseId);
    List<Enrolment> enrolments =
        em.createQuery("select e from Enrolment e where e.courseId = :c", Enrolment.class)
            .setParameter("c", courseId)
            .getResultList();
    Map<Long, Person> people =
        staff.byIds(enrolments.stream().map(Enrolment::getPersonId).toList()).stream()
            .collect(Collectors.toMap(Person::getId, Function.identity()));
    long required = completions.requiredCount(courseId);
    Map<Long, Long> done = completions.requiredDoneByPerson(courseId);
    return enrolments.stream()
        .filter(e -> people.containsKey(e.getPersonId()))
        .filter(e -> organisationId == null || people.get(e.getPersonId()).getOrganisation().getId().equals(organisationId))
        .map(e -> new Participant(people.get(e.getPersonId()), e, percent(done.getOrDefault(e.getPersonId(), 0L), required)))
        .sorted(Comparator.comparing((Participant p) -> p.person().getSurname()).thenComparing(p -> p.person().getName()))
        .toList();
  }

  /** The caller must be on the course (not withdrawn) to learn in it. */
  public Enrolment requireEnrolled(long courseId, long personId) {
    return active(of(courseId, personId));
  }

  /**
   * As {@link #requireEnrolled}, for showing only: read-only, so EclipseLink neither copies the
   * row into a unit of work nor compares it at the end (the course page reads this on every view).
   */
  public Enrolment requireEnrolledToShow(long courseId, long personId) {
    return active(
        byCourseAndPerson(courseId, personId)
            .setHint(ru.shibc.academy.platform.database.ReadOnly.HINT, "true")
            .getResultList()
            .stream()
            .findFirst());
  }

  private static Enrolment active(Optional<Enrolment> enrolment) {
    return enrolment
        .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
        .orElseThrow(() -> new AcademyException(AcademyException.Kind.FORBIDDEN, "course.notEnrolled"));
  }

  static int percent(long done, long required) {
    return required == 0 ? 0 : (int) Math.min(100, done * 100 / required);
  }

  private Enrolment enrol(long courseId, long personId, Optional<Enrolment> existing) {
    Instant now = clock.instant();
    if (existing.isPresent()) {
      existing.get().reEnrol(currentUser.username(), now);
      return existing.get();
    }
    Enrolment enrolment = new Enrolment(courseId, personId, currentUser.username(), now);
    em.persist(enrolment);
    em.flush();
    return enrolment;
  }

  private void requireWindow(Course course) {
    if (!course.acceptsEnrolmentAt(clock.instant())) {
      throw AcademyException.invalid("course.enrol.closed");
    }
  }

  private Map<Long, Person> resolve(Audience audience) {
    Map<Long, Person> people = new LinkedHashMap<>();
    List<Person> named = staff.byIds(audience.personIds());
    if (named.size() != new java.util.HashSet<>(audience.personIds()).size()) {
      throw AcademyException.invalid("course.enrol.unknownPerson");
    }
    named.forEach(p -> people.put(p.getId(), p));
    for (Long cohortId : audience.cohortIds()) {
      cohorts.members(cohortId).forEach(p -> people.put(p.getId(), p));
    }
    for (Long organisationId : audience.organisationIds()) {
      if (organisations.find(organisationId).isEmpty()) {
        throw AcademyException.invalid("cohort.unknownOrganisation", String.valueOf(organisationId));
      }
    }
    staff.inOrganisations(audience.organisationIds()).forEach(p -> people.put(p.getId(), p));
    return people;
  }
}
