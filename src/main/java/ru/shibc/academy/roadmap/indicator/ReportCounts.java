package ru.shibc.academy.roadmap.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Item 8.1's count: quarters for which a monitoring report was produced in a period, counted once
 * per roadmap and quarter however many versions were made.
 */
@ApplicationScoped
public class ReportCounts {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  public long quartersReported(Instant start, Instant end) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT roadmap_id, year, quarter) FROM monitoring_reports"
                        + " WHERE generated_at >= ? AND generated_at < ?")
                .setParameter(1, Timestamp.from(start))
                .setParameter(2, Timestamp.from(end))
                .getSingleResult())
        .longValue();
  }
}
