package ru.shibc.academy.roadmap.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * Values the department enters for items the platform cannot count (a conference held, a
 * programme adopted): one per item and period; entering it again for the same period replaces it.
 */
@ApplicationScoped
public class ManualValues {

  /** A stored value. */
  public record Value(
      long itemId, String item, LocalDate from, LocalDate to, BigDecimal value, String note, String enteredBy,
      Instant enteredAt) {}

  /** The values entered for periods inside a period, added up per item; notes joined. */
  public record Sum(BigDecimal value, String note) {}

  static final BigDecimal MAX = new BigDecimal("999999999999.99");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;

  /** Enters (or replaces) the value of an item for a period. */
  @Transactional
  public Value save(long itemId, Period period, BigDecimal value, String note) {
    if (value == null && (note == null || note.isBlank())) {
      throw AcademyException.invalid("indicator.manual.empty");
    }
    if (value != null && (value.signum() < 0 || value.compareTo(MAX) > 0 || value.scale() > 2)) {
      throw AcademyException.invalid("indicator.manual.value");
    }
    if (note != null && note.length() > 2000) {
      throw AcademyException.invalid("indicator.manual.note");
    }
    String item = itemNumber(itemId);
    Instant now = clock.instant();
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    em.createNativeQuery(
            "INSERT INTO roadmap_manual_values (item_id, period_start, period_end, value, note, entered_by, entered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value), note = VALUES(note),"
                + " entered_by = VALUES(entered_by), entered_at = VALUES(entered_at)")
        .setParameter(1, itemId)
        .setParameter(2, Date.valueOf(period.from()))
        .setParameter(3, Date.valueOf(period.to()))
        .setParameter(4, value)
        .setParameter(5, cleanNote)
        .setParameter(6, currentUser.username())
        .setParameter(7, Timestamp.from(now))
        .executeUpdate();
    Value saved = new Value(itemId, item, period.from(), period.to(), value, cleanNote, currentUser.username(), now);
    audit.record("roadmap.manualValue", "roadmapItem", itemId, null, saved);
    return saved;
  }

  /** The values of an item, the latest period first. */
  public List<Value> of(long itemId) {
    String item = itemNumber(itemId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT period_start, period_end, value, note, entered_by, entered_at FROM roadmap_manual_values"
                    + " WHERE item_id = ? ORDER BY period_start DESC, period_end DESC")
            .setParameter(1, itemId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Value(
                    itemId, item, RoadmapRows.day(r[0]), RoadmapRows.day(r[1]), (BigDecimal) r[2], (String) r[3],
                    (String) r[4], instant(r[5])))
        .toList();
  }

  /** Per item id of the roadmap: the values entered for periods that lie within {@code period}. */
  public Map<Long, Sum> within(long roadmapId, Period period) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT v.item_id, SUM(v.value), GROUP_CONCAT(v.note ORDER BY v.period_start SEPARATOR '; ')"
                    + " FROM roadmap_manual_values v JOIN roadmap_items i ON i.id = v.item_id"
                    + " WHERE i.roadmap_id = ? AND v.period_start >= ? AND v.period_end <= ? GROUP BY v.item_id")
            .setParameter(1, roadmapId)
            .setParameter(2, Date.valueOf(period.from()))
            .setParameter(3, Date.valueOf(period.to()))
            .getResultList();
    Map<Long, Sum> sums = new HashMap<>();
    rows.forEach(r -> sums.put(((Number) r[0]).longValue(), new Sum((BigDecimal) r[1], (String) r[2])));
    return sums;
  }

  /** DATETIME(6) read back: the connection's zone is UTC, so a LocalDateTime is a UTC time. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return value instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : (Instant) value;
  }

  private String itemNumber(long itemId) {
    @SuppressWarnings("unchecked")
    List<Object> found =
        em.createNativeQuery("SELECT number FROM roadmap_items WHERE id = ?").setParameter(1, itemId).getResultList();
    if (found.isEmpty()) {
      throw new AcademyException(AcademyException.Kind.NOT_FOUND, "indicator.itemNotFound");
    }
    return (String) found.get(0);
  }
}
