package ru.shibc.academy.roadmap.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roadmap as the indicators and the monitoring reports read it: plain rows by SQL, so that
 * these features stand apart from the roadmap's own entities (which another part of the roadmap
 * feature owns and may reshape).
 */
@ApplicationScoped
public class RoadmapRows {

  public record Roadmap(long id, String title, LocalDate periodStart, LocalDate periodEnd) {}

  /** An item, with its responsible person's name (or null) and its executors one per line. */
  public record Item(
      long id, String number, String section, String measure, String timeframe, String status, LocalDate periodStart,
      LocalDate periodEnd, String responsible, String executors) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  public Optional<Roadmap> find(long id) {
    return roadmaps("WHERE id = " + id).stream().findFirst();
  }

  /** Every roadmap, the latest first. */
  public List<Roadmap> all() {
    return roadmaps("");
  }

  /** The roadmaps whose period has at least one day of {@code period}, the latest first. */
  public List<Roadmap> overlapping(Period period) {
    return roadmaps("WHERE period_start <= '" + period.to() + "' AND period_end >= '" + period.from() + "'");
  }

  private List<Roadmap> roadmaps(String where) {
    // the where clauses above hold only numbers and ISO dates that this class wrote itself
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, title, period_start, period_end FROM roadmaps " + where + " ORDER BY period_start DESC, id DESC")
            .getResultList();
    return rows.stream()
        .map(r -> new Roadmap(((Number) r[0]).longValue(), (String) r[1], day(r[2]), day(r[3])))
        .toList();
  }

  /** The roadmap's items in the order of the plan. */
  public List<Item> items(long roadmapId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.id, i.number, CONCAT(s.number, '. ', s.title), i.measure, i.timeframe, i.status,"
                    + " i.period_start, i.period_end,"
                    + " CASE WHEN p.id IS NULL THEN NULL ELSE CONCAT(p.surname, ' ', p.name, COALESCE(CONCAT(' ', p.patronymic), '')) END,"
                    + " i.executors"
                    + " FROM roadmap_items i JOIN roadmap_sections s ON s.id = i.section_id"
                    + " LEFT JOIN people p ON p.id = i.responsible_id"
                    + " WHERE i.roadmap_id = ? ORDER BY s.number, i.position, i.id")
            .setParameter(1, roadmapId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Item(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    day(r[6]), day(r[7]), (String) r[8], (String) r[9]))
        .toList();
  }

  /** The titles of each item's evidence documents, oldest first, by item id. */
  public Map<Long, List<String>> evidenceTitles(long roadmapId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.item_id, e.title FROM roadmap_evidence e JOIN roadmap_items i ON i.id = e.item_id"
                    + " WHERE i.roadmap_id = ? ORDER BY e.item_id, e.uploaded_at, e.id")
            .setParameter(1, roadmapId)
            .getResultList();
    Map<Long, List<String>> titles = new LinkedHashMap<>();
    rows.forEach(r -> titles.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
    return titles;
  }

  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
