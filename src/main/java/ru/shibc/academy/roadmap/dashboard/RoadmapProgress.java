package ru.shibc.academy.roadmap.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.roadmap.RoadmapItem;

/**
 * Roadmap items by status, per roadmap, in one grouped query. Overdue is computed
 * (the roadmap's rule, {@link ru.shibc.academy.roadmap.RoadmapItem#overdueSql}) and takes precedence: an overdue item is not also counted as planned or
 * in progress, so the four counts add up to the total.
 */
@ApplicationScoped
public class RoadmapProgress {

  /** One roadmap's items by status on a day. */
  public record Row(
      long roadmapId, String title, LocalDate periodStart, LocalDate periodEnd, long total, long planned,
      long inProgress, long done, long overdue, double doneShare) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  public List<Row> on(LocalDate today) {
    String overdue = RoadmapItem.overdueSql("i", "?1");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.id, r.title, r.period_start, r.period_end, COUNT(i.id),"
                    + " COALESCE(SUM(CASE WHEN i.status = 'PLANNED' AND NOT " + overdue + " THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN i.status = 'IN_PROGRESS' AND NOT " + overdue + " THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN i.status = 'DONE' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN " + overdue + " THEN 1 ELSE 0 END), 0)"
                    + " FROM roadmaps r LEFT JOIN roadmap_items i ON i.roadmap_id = r.id"
                    + " GROUP BY r.id, r.title, r.period_start, r.period_end ORDER BY r.period_start DESC, r.id DESC")
            .setParameter(1, java.sql.Date.valueOf(today))
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              long total = n(r[4]);
              long done = n(r[7]);
              return new Row(n(r[0]), (String) r[1], day(r[2]), day(r[3]), total, n(r[5]), n(r[6]), done, n(r[8]),
                  Shares.percent(done, total));
            })
        .toList();
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }

  private static LocalDate day(Object o) {
    return o instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) o;
  }
}
