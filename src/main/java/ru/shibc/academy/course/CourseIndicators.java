package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Read-only counts for roadmap item 6.3: courses delivered on the platform. A course is delivered
 * in a period when it is not a draft (published, or archived since) and at least one enrolment that
 * was not withdrawn began or was completed in the period.
 */
@ApplicationScoped
public class CourseIndicators {

  /** A delivered course: its enrolments begun and completed in the period. */
  public record Delivered(long courseId, String title, long enrolled, long completed) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** The courses delivered in [start, end), by title. */
  public List<Delivered> delivered(Instant start, Instant end) {
    Timestamp s = Timestamp.from(start);
    Timestamp e = Timestamp.from(end);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.title,"
                    + " SUM(CASE WHEN e.enrolled_at >= ? AND e.enrolled_at < ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN e.completed_at >= ? AND e.completed_at < ? THEN 1 ELSE 0 END)"
                    + " FROM courses c JOIN enrolments e ON e.course_id = c.id"
                    + " WHERE c.status <> 'DRAFT' AND e.status <> 'WITHDRAWN'"
                    + " AND ((e.enrolled_at >= ? AND e.enrolled_at < ?) OR (e.completed_at >= ? AND e.completed_at < ?))"
                    + " GROUP BY c.id, c.title ORDER BY c.title")
            .setParameter(1, s).setParameter(2, e).setParameter(3, s).setParameter(4, e)
            .setParameter(5, s).setParameter(6, e).setParameter(7, s).setParameter(8, e)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Delivered(
                    ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
        .toList();
  }
}
