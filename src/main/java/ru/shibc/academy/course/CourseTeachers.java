package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/**
 * Who teaches a course: the methodologists who may grade its attempts. The methodologist who
 * creates a course becomes its first teacher; a course without teachers (made before teachers
 * existed, or by the system) is open to every methodologist. Administrators may always.
 */
@ApplicationScoped
public class CourseTeachers {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Whether the caller may grade (and see the results of) the course. */
  public boolean callerTeaches(long courseId) {
    if (currentUser.has(Role.ADMIN)) {
      return true;
    }
    if (!currentUser.has(Role.METHODOLOGIST)) {
      return false;
    }
    List<Long> teachers = accountIds(courseId);
    return teachers.isEmpty()
        || currentUser.account().map(a -> teachers.contains(a.getId())).orElse(false);
  }

  /** Refuses (403) a caller who does not teach the course. */
  public void requireTeacher(long courseId) {
    if (!callerTeaches(courseId)) {
      throw new AcademyException(AcademyException.Kind.FORBIDDEN, "course.notTeacher");
    }
  }

  public List<Long> accountIds(long courseId) {
    return em.createNativeQuery("SELECT account_id FROM course_teachers WHERE course_id = ? ORDER BY added_at")
        .setParameter(1, courseId)
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList();
  }

  /** Adds a teacher; adding one twice changes nothing. */
  @Transactional
  public void add(long courseId, long accountId) {
    int added =
        em.createNativeQuery(
                "INSERT IGNORE INTO course_teachers (course_id, account_id, added_at, added_by) VALUES (?, ?, ?, ?)")
            .setParameter(1, courseId)
            .setParameter(2, accountId)
            .setParameter(3, Timestamp.from(clock.instant()))
            .setParameter(4, currentUser.username())
            .executeUpdate();
    if (added == 1) {
      audit.record("course.teacherAdded", "Course", courseId, null, java.util.Map.of("account", accountId));
    }
  }

  /** Makes the calling methodologist a teacher of a course they just created. */
  @Transactional(Transactional.TxType.MANDATORY)
  void creatorTeaches(long courseId) {
    if (currentUser.has(Role.METHODOLOGIST)) {
      currentUser.account().ifPresent(a -> add(courseId, a.getId()));
    }
  }
}
