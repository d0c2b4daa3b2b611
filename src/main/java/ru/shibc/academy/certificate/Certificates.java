package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseCompleted;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.EnrolmentStatus;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Issues, revokes and reissues certificates. A completion's certificate is issued inside the
 * transaction that completed the course, and the register allows one certificate per enrolment,
 * so retries, races and a second node can never issue it twice. Numbers come from a per-year
 * counter locked in the same transaction: a failed issue rolls its number back, leaving no gap.
 */
@ApplicationScoped
public class Certificates {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;
  @Inject private Staff staff;
  @Inject private Issuer.Configured issuer;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.certificate.number-pattern", defaultValue = "{year}-{seq:05}")
  private String numberPattern;

  /** What a methodologist may add when issuing by hand. */
  public record Blank(String series, String number) {
    public static final Blank NONE = new Blank(null, null);
  }

  /** Completion of a certificate-granting course issues its certificate, once. */
  void onCourseCompleted(@Observes CourseCompleted completed) {
    if (completed.grantsCertificate()) {
      Enrolment enrolment = enrolments.byId(completed.enrolmentId()).orElseThrow();
      Course course = courses.get(completed.courseId());
      issue(course, enrolment, CertificateOrigin.COMPLETION, null, Blank.NONE, CurrentUser.SYSTEM);
    }
  }

  /**
   * Issues the certificate of a completed enrolment that has none, e.g. when the course was
   * completed before it became certificate-granting, with the reason on record.
   */
  @Transactional
  public Certificate issueManually(long enrolmentId, String reason, Blank blank) {
    Enrolment enrolment = enrolments.byId(enrolmentId).orElseThrow(() -> AcademyException.notFound("enrolment"));
    Course course = courses.get(enrolment.getCourseId());
    if (!course.grantsCertificate()) {
      throw AcademyException.invalid("certificate.courseGrantsNone");
    }
    if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
      throw AcademyException.invalid("certificate.notCompleted");
    }
    if (ofEnrolment(enrolmentId).isPresent()) {
      throw AcademyException.conflict("certificate.alreadyIssued");
    }
    Certificate issued = issue(course, enrolment, CertificateOrigin.MANUAL, reason, blank, currentUser.username());
    audit.record("certificate.issue", "certificate", issued.getId(), null, CertificateState.of(issued));
    return issued;
  }

  /**
   * Enters a certificate issued before the platform, from the paper register (журнал выдачи), so
   * that the register and the three-year cycle are complete. It gets this register's next number
   * for its year.
   */
  @Transactional
  public Certificate transferFromPaperRegister(
      Person holder, String programmeTitle, ProgrammeType type, int hours, LocalDate from, LocalDate to,
      LocalDate issuedOn, String reason) {
    if (!type.grantsCertificate(hours)) {
      throw AcademyException.invalid("certificate.courseGrantsNone");
    }
    CertificateDraft draft =
        new CertificateDraft(
            holder.getId(), holder.getOrganisation().getId(), null, null, CertificateKind.of(type),
            CertificateOrigin.MANUAL, holder.getSurname(), holder.getName(), holder.getPatronymic(), programmeTitle,
            type.name(), hours, "DISTANCE", from, to, issuedOn, null, null, issuer.get(), reason, clock.instant(),
            currentUser.username(), null);
    return store(draft);
  }

  /** Completed enrolments of a course that have no certificate yet. */
  public List<Long> enrolmentsWithoutCertificate(long courseId) {
    java.util.Set<Long> issued =
        new java.util.HashSet<>(
            em.createQuery(
                    "select c.enrolmentId from Certificate c where c.courseId = :c and c.enrolmentId is not null",
                    Long.class)
                .setParameter("c", courseId)
                .getResultList());
    return enrolments.completedIds(courseId).stream().filter(id -> !issued.contains(id)).toList();
  }

  /**
   * Issues the certificates of some completed enrolments of one course in this transaction; used
   * by {@link BulkIssue} a chunk at a time. Enrolments that got one meanwhile are skipped.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int issueChunk(long courseId, List<Long> enrolmentIds, String reason) {
    Course course = courses.get(courseId);
    if (!course.grantsCertificate()) {
      throw AcademyException.invalid("certificate.courseGrantsNone");
    }
    int n = 0;
    for (long id : enrolmentIds) {
      Enrolment e = enrolments.byId(id).orElse(null);
      if (e == null || e.getCourseId() != courseId || e.getStatus() != EnrolmentStatus.COMPLETED
          || ofEnrolment(id).isPresent()) {
        continue;
      }
      issue(course, e, CertificateOrigin.MANUAL, reason, Blank.NONE, currentUser.username());
      n++;
    }
    audit.record("certificate.bulkIssue", "course", courseId, null, java.util.Map.of("issued", n, "reason", reason));
    return n;
  }

  /** Revokes a valid certificate; its verification page says so from now on. */
  @Transactional
  public Certificate revoke(long id, String reason) {
    Certificate c = lockedValid(id);
    CertificateState before = CertificateState.of(c);
    c.revoke(currentUser.username(), reason, clock.instant());
    audit.record("certificate.revoke", "certificate", id, before, CertificateState.of(c));
    return c;
  }

  /**
   * Issues a new certificate in place of a valid one (a lost blank, a changed surname): the same
   * programme and period with the holder's current name, a new number, and the old one replaced.
   */
  @Transactional
  public Certificate reissue(long id, String reason, Blank blank) {
    Certificate old = lockedValid(id);
    CertificateState before = CertificateState.of(old);
    Person holder = staff.get(old.getPersonId());
    Instant now = clock.instant();
    CertificateDraft draft =
        new CertificateDraft(
            old.getPersonId(), holder.getOrganisation().getId(), old.getCourseId(), null, old.getKind(),
            CertificateOrigin.REISSUE, holder.getSurname(), holder.getName(), holder.getPatronymic(),
            old.getProgrammeTitle(), old.getProgrammeType(), old.getAcademicHours(), old.getStudyForm(),
            old.getStudiedFrom(), old.getStudiedTo(), Clocks.day(now), blank.series(), blank.number(), issuer.get(),
            reason, now, currentUser.username(), old.getId());
    Certificate fresh = store(draft);
    old.replaceBy(fresh.getId());
    audit.record("certificate.reissue", "certificate", id, before, CertificateState.of(old));
    audit.record("certificate.issue", "certificate", fresh.getId(), null, CertificateState.of(fresh));
    return fresh;
  }

  public Optional<Certificate> find(long id) {
    return Optional.ofNullable(em.find(Certificate.class, id));
  }

  public Certificate get(long id) {
    return find(id).orElseThrow(() -> AcademyException.notFound("certificate"));
  }

  public Optional<Certificate> ofEnrolment(long enrolmentId) {
    return em.createQuery("select c from Certificate c where c.enrolmentId = :e", Certificate.class)
        .setParameter("e", enrolmentId)
        .getResultStream()
        .findFirst();
  }

  /** A person's certificates, newest first. */
  public List<Certificate> ofPerson(long personId) {
    return em.createQuery(
            "select c from Certificate c where c.personId = :p order by c.issuedOn desc, c.id desc", Certificate.class)
        .setParameter("p", personId)
        .getResultList();
  }

  private Certificate issue(
      Course course, Enrolment enrolment, CertificateOrigin origin, String reason, Blank blank, String by) {
    Person holder = staff.get(enrolment.getPersonId());
    Instant now = clock.instant();
    LocalDate to = Clocks.day(enrolment.getCompletedAt() == null ? now : enrolment.getCompletedAt());
    LocalDate from = Clocks.day(enrolment.getEnrolledAt());
    if (course.getStartsOn() != null && course.getStartsOn().isAfter(from)) {
      from = course.getStartsOn();
    }
    if (from.isAfter(to)) {
      from = to;
    }
    CertificateDraft draft =
        new CertificateDraft(
            holder.getId(), holder.getOrganisation().getId(), course.getId(), enrolment.getId(),
            CertificateKind.of(course.getProgrammeType()), origin, holder.getSurname(), holder.getName(),
            holder.getPatronymic(), course.getTitle(), course.getProgrammeType().name(), course.getAcademicHours(),
            course.getForm().name(), from, to, origin == CertificateOrigin.COMPLETION ? to : Clocks.day(now),
            blank.series(), blank.number(), issuer.get(), reason, now, by, null);
    return store(draft);
  }

  /** Takes the year's next number under the counter row's lock and stores the certificate. */
  Certificate store(CertificateDraft draft) {
    int year = draft.issuedOn().getYear();
    em.createNativeQuery(
            "INSERT INTO certificate_counters (year, last_seq) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE last_seq = last_seq + 1")
        .setParameter(1, year)
        .executeUpdate();
    int seq =
        ((Number)
                em.createNativeQuery("SELECT last_seq FROM certificate_counters WHERE year = ?")
                    .setParameter(1, year)
                    .getSingleResult())
            .intValue();
    Certificate c =
        new Certificate(draft, year, seq, new NumberPattern(numberPattern).format(year, seq), VerificationCode.random());
    em.persist(c);
    em.flush();
    return c;
  }

  private Certificate lockedValid(long id) {
    Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw AcademyException.notFound("certificate");
    }
    if (c.getStatus() != CertificateStatus.VALID) {
      throw AcademyException.conflict("certificate.notValid." + c.getStatus().name());
    }
    return c;
  }
}
