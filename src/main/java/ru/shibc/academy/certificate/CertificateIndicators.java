package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only counts for roadmap item 4.1: school staff who completed a qualification upgrade or a
 * retraining in a period. Our certificates count unless revoked (a replaced one still proves the
 * training; a reissue is the same training again, so it does not count a second time), and so do
 * trainings elsewhere of at least {@value QualificationCycle#MIN_HOURS} hours, the same rule as
 * the three-year cycle.
 */
@ApplicationScoped
public class CertificateIndicators {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Distinct trained people per school (organisation id), for the days from–to included. */
  public Map<Long, Long> trainedBySchool(LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.organisation_id, COUNT(DISTINCT t.person_id) FROM ("
                    + " SELECT person_id FROM certificates WHERE issued_on BETWEEN ? AND ?"
                    + " AND status <> 'REVOKED' AND origin <> 'REISSUE'"
                    + " UNION SELECT person_id FROM external_trainings WHERE completed_on BETWEEN ? AND ?"
                    + " AND academic_hours >= " + QualificationCycle.MIN_HOURS
                    + ") t JOIN people p ON p.id = t.person_id JOIN organisations o ON o.id = p.organisation_id"
                    + " WHERE o.kind = 'SCHOOL' GROUP BY p.organisation_id")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .setParameter(3, Date.valueOf(from))
            .setParameter(4, Date.valueOf(to))
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return counts;
  }
}
