package ru.shibc.academy.roadmap.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The monitoring_reports table. A report is only ever inserted, never updated or deleted; the
 * unique key (roadmap, year, quarter, version) decides which of two concurrent inserts of the same
 * version wins: {@code INSERT IGNORE} makes the loser's insert a no-op instead of an error, so a
 * second node's scheduler simply finds it had nothing to do.
 */
@ApplicationScoped
public class ReportStore {

  private static final String SUMMARY =
      "SELECT id, roadmap_id, year, quarter, report_version, generated_at, generated_by, LENGTH(pdf), LENGTH(xlsx)"
          + " FROM monitoring_reports";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Inserts the version unless it exists; true when this call stored it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean insert(ReportSnapshot s, String json, byte[] pdf, byte[] xlsx) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO monitoring_reports (roadmap_id, year, quarter, report_version, generated_at,"
                    + " generated_by, snapshot_json, pdf, xlsx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, s.roadmapId())
            .setParameter(2, s.year())
            .setParameter(3, s.quarter())
            .setParameter(4, s.version())
            .setParameter(5, Timestamp.from(s.generatedAt()))
            .setParameter(6, s.generatedBy())
            .setParameter(7, json)
            .setParameter(8, pdf)
            .setParameter(9, xlsx)
            .executeUpdate()
        == 1;
  }

  /** The latest version of a quarter's report, 0 when there is none. */
  public int latestVersion(long roadmapId, int year, int quarter) {
    Object max =
        em.createNativeQuery(
                "SELECT MAX(report_version) FROM monitoring_reports WHERE roadmap_id = ? AND year = ? AND quarter = ?")
            .setParameter(1, roadmapId)
            .setParameter(2, year)
            .setParameter(3, quarter)
            .getSingleResult();
    return max == null ? 0 : ((Number) max).intValue();
  }

  public Optional<StoredReport> find(long id) {
    return summaries(SUMMARY + " WHERE id = ?", id).stream().findFirst();
  }

  public Optional<StoredReport> find(long roadmapId, int year, int quarter, int version) {
    return summaries(SUMMARY + " WHERE roadmap_id = ? AND year = ? AND quarter = ? AND report_version = ?",
            roadmapId, year, quarter, version)
        .stream()
        .findFirst();
  }

  /** Reports, newest quarter and version first; of one roadmap when given. */
  public List<StoredReport> list(Long roadmapId) {
    return roadmapId == null
        ? summaries(SUMMARY + " ORDER BY year DESC, quarter DESC, roadmap_id DESC, report_version DESC")
        : summaries(SUMMARY + " WHERE roadmap_id = ? ORDER BY year DESC, quarter DESC, report_version DESC", roadmapId);
  }

  /** One stored column: snapshot_json, pdf or xlsx. */
  public Optional<Object> content(long id, String column) {
    if (!List.of("snapshot_json", "pdf", "xlsx").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    @SuppressWarnings("unchecked")
    List<Object> found =
        em.createNativeQuery("SELECT " + column + " FROM monitoring_reports WHERE id = ?").setParameter(1, id).getResultList();
    return found.stream().findFirst();
  }

  private List<StoredReport> summaries(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new StoredReport(
                    ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), instant(r[5]), (String) r[6],
                    ((Number) r[7]).longValue(), ((Number) r[8]).longValue()))
        .toList();
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    return (java.time.Instant) value;
  }
}
