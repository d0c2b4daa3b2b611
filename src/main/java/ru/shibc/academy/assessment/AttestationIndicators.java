package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only counts for roadmap item 4.2: attestations passed at a distance. An attestation is
 * passed when a finished attempt of a quiz is graded as passed ({@code passed} is set by the
 * quiz's pass percent, and stays unknown while an essay waits for its grader). A person who passes
 * the same quiz twice in a period counts once for it.
 */
@ApplicationScoped
public class AttestationIndicators {

  /** Passed attestations (person and quiz) and the distinct people who passed them. */
  public record Passed(long attestations, long people) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Per organisation id of the person, for attempts finished in [start, end). */
  public Map<Long, Passed> passedByOrganisation(Instant start, Instant end) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.organisation_id, COUNT(DISTINCT a.quiz_id, a.person_id), COUNT(DISTINCT a.person_id)"
                    + " FROM quiz_attempts a JOIN people p ON p.id = a.person_id"
                    + " WHERE a.state = 'FINISHED' AND a.passed = TRUE AND a.finished_at >= ? AND a.finished_at < ?"
                    + " GROUP BY p.organisation_id")
            .setParameter(1, Timestamp.from(start))
            .setParameter(2, Timestamp.from(end))
            .getResultList();
    Map<Long, Passed> counts = new HashMap<>();
    rows.forEach(
        r -> counts.put(((Number) r[0]).longValue(), new Passed(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
    return counts;
  }
}
