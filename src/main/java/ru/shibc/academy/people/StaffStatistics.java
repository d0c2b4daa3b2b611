package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read-only figures about the district's organisations and staff for the department's dashboard. */
@ApplicationScoped
public class StaffStatistics {

  /** An organisation and how many people are on its staff. */
  public record OrganisationStaff(long id, String shortName, String name, OrganisationKind kind, long staff) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Every organisation with its staff count (one grouped query), schools first, by short name. */
  public List<OrganisationStaff> organisations() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.short_name, o.name, o.kind, COALESCE(s.n, 0) FROM organisations o"
                    + " LEFT JOIN (SELECT organisation_id, COUNT(*) n FROM people GROUP BY organisation_id) s"
                    + " ON s.organisation_id = o.id ORDER BY o.kind <> 'SCHOOL', o.short_name")
            .getResultList();
    return rows.stream()
        .map(r -> new OrganisationStaff(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
            OrganisationKind.valueOf((String) r[3]), ((Number) r[4]).longValue()))
        .toList();
  }

  /** The number of schools in the district. */
  public long schools() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisations WHERE kind = 'SCHOOL'").getSingleResult()).longValue();
  }
}
