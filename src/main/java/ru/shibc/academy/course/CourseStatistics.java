package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read-only enrolment figures for the department's dashboard, each one indexed SQL query. */
@ApplicationScoped
public class CourseStatistics {

  /** A person's enrolment in a course. */
  public record Taken(long courseId, String course, int hours, String status, Instant enrolledAt, Instant completedAt) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** The titles of the courses each person on an organisation's staff is taking now (ACTIVE). */
  public Map<Long, List<String>> inProgress(long organisationId) {
    Query q =
        em.createNativeQuery(
            "SELECT e.person_id, c.title FROM enrolments e JOIN people p ON p.id = e.person_id"
                + " JOIN courses c ON c.id = e.course_id WHERE p.organisation_id = ?1 AND e.status = 'ACTIVE'"
                + " ORDER BY e.person_id, c.title");
    q.setParameter(1, organisationId);
    Map<Long, List<String>> out = new HashMap<>();
    for (Object[] r : rows(q)) {
      out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
    }
    return out;
  }

  /** Every enrolment of a person, newest first, withdrawn ones included. */
  public List<Taken> ofPerson(long personId) {
    Query q =
        em.createNativeQuery(
            "SELECT c.id, c.title, c.academic_hours, e.status, e.enrolled_at, e.completed_at FROM enrolments e"
                + " JOIN courses c ON c.id = e.course_id WHERE e.person_id = ?1 ORDER BY e.enrolled_at DESC, e.id DESC");
    q.setParameter(1, personId);
    return rows(q).stream()
        .map(r -> new Taken(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
            instant(r[4]), instant(r[5])))
        .toList();
  }

  private static Instant instant(Object o) {
    return o == null ? null : o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.LocalDateTime l
        ? Timestamp.valueOf(l).toInstant() : (Instant) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }
}
