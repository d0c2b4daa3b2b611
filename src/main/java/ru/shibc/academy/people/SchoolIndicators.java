package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only counts of the district's schools for the roadmap's indicators (3.4–3.6 and every
 * "share of schools"/"share of library staff"): aggregated in SQL, never by loading people.
 */
@ApplicationScoped
public class SchoolIndicators {

  /** A school with the number of its staff, for per-school breakdowns. */
  public record School(long id, String shortName, long staff) {}

  /** A school at a model stage and the day it got there. */
  public record StagedSchool(long id, String shortName, ModelStage stage, LocalDate reachedOn) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Every school with its staff count, by short name. */
  public List<School> schools() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.short_name, COUNT(p.id) FROM organisations o LEFT JOIN people p ON p.organisation_id = o.id"
                    + " WHERE o.kind = 'SCHOOL' GROUP BY o.id, o.short_name ORDER BY o.short_name")
            .getResultList();
    return rows.stream()
        .map(r -> new School(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /**
   * Schools at each model stage on a day: a stage counts from the day it was reached (a school
   * without that day recorded counts at its stage whatever the day). Every stage is present.
   */
  public Map<ModelStage, Long> stages(LocalDate on) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CASE WHEN model_stage IS NULL OR (model_stage_reached_on IS NOT NULL AND model_stage_reached_on > ?)"
                    + " THEN 'NONE' ELSE model_stage END AS stage, COUNT(*) FROM organisations WHERE kind = 'SCHOOL'"
                    + " GROUP BY stage")
            .setParameter(1, Date.valueOf(on))
            .getResultList();
    Map<ModelStage, Long> counts = new EnumMap<>(ModelStage.class);
    for (ModelStage s : ModelStage.values()) {
      counts.put(s, 0L);
    }
    for (Object[] r : rows) {
      counts.merge(ModelStage.valueOf((String) r[0]), ((Number) r[1]).longValue(), Long::sum);
    }
    return counts;
  }

  /** The schools at one stage on a day, by short name. */
  public List<StagedSchool> atStage(ModelStage stage, LocalDate on) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, short_name, model_stage_reached_on FROM organisations WHERE kind = 'SCHOOL'"
                    + " AND model_stage = ? AND (model_stage_reached_on IS NULL OR model_stage_reached_on <= ?)"
                    + " ORDER BY short_name")
            .setParameter(1, stage.name())
            .setParameter(2, Date.valueOf(on))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StagedSchool(
                    ((Number) r[0]).longValue(), (String) r[1], stage,
                    r[2] == null ? null : r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2]))
        .toList();
  }
}
