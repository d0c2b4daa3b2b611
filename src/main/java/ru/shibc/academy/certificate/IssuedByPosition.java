package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import ru.shibc.academy.certificate.CertificateStatistics.Issued;
import ru.shibc.academy.platform.concurrent.Concurrently;

/**
 * Valid certificates issued per period and position of their holder (the position the person has
 * now; positions equal under the column's collation are one, as when grouped by the text).
 *
 * <p>Grouping some 200,000 certificates by a 150-character text was the cost, so each position is
 * a number: the least id of the people holding it, found with its people by a loose scan of the
 * position index; then each person's certificates through their person index. The people are read
 * in two halves (even and odd ids) at the same time, one on the container's executor, and the two
 * halves' counts added up; ties in a period are ordered by the position's name in the column's
 * collation, as SQL would, through the positions' rank in that same index.
 */
@ApplicationScoped
@Transactional // the caller's half reads in one, the executor's in its own (see Concurrently)
class IssuedByPosition {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Concurrently concurrently;

  /** One period's count for one position, from one half or both. */
  private record Group(int year, int part, long position, long rank, long count, long holder, String label) {
    Group plus(Group other) {
      boolean mine = holder < other.holder;
      return new Group(year, part, position, rank, count + other.count, mine ? holder : other.holder, mine ? label : other.label);
    }
  }

  /** {@code part} is the SQL of the period within the year (1 for years), {@code monthsPer} its length. */
  List<Issued> issued(LocalDate from, LocalDate to, String part, int monthsPer, Long organisationId) {
    Future<List<Group>> odd = concurrently.start(() -> half(from, to, part, organisationId, 1));
    Map<List<Long>, Group> groups = new LinkedHashMap<>();
    for (Group g : half(from, to, part, organisationId, 0)) {
      groups.merge(List.of((long) g.year(), (long) g.part(), g.position()), g, Group::plus);
    }
    for (Group g : Concurrently.result(odd)) {
      groups.merge(List.of((long) g.year(), (long) g.part(), g.position()), g, Group::plus);
    }
    return groups.values().stream()
        .sorted(Comparator.comparingInt(Group::year).thenComparingInt(Group::part)
            .thenComparing(Comparator.comparingLong(Group::count).reversed()).thenComparingLong(Group::rank))
        .map(g -> new Issued(LocalDate.of(g.year(), (g.part() - 1) * monthsPer + 1, 1), null, g.label(), g.count()))
        .toList();
  }

  private List<Group> half(LocalDate from, LocalDate to, String part, Long organisationId, int parity) {
    Query q =
        em.createNativeQuery(
            "SELECT g.y, g.s, g.k, g.r, g.n, g.l, pp.position FROM (SELECT YEAR(c.issued_on) y, " + part + " s, d.k, d.r,"
                + " COUNT(*) n, MIN(p.id) l FROM (SELECT position, MIN(id) k, ROW_NUMBER() OVER (ORDER BY position) r"
                + " FROM people GROUP BY position) d"
                + " STRAIGHT_JOIN people p ON p.position = d.position AND MOD(p.id, 2) = ?3"
                + " STRAIGHT_JOIN certificates c ON c.status = 'VALID' AND c.person_id = p.id"
                + " WHERE c.issued_on BETWEEN ?1 AND ?2" + (organisationId == null ? "" : " AND c.organisation_id = ?4")
                + " GROUP BY y, s, d.k, d.r) g JOIN people pp ON pp.id = g.l");
    q.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to)).setParameter(3, parity);
    if (organisationId != null) {
      q.setParameter(4, organisationId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<Group> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new Group(number(r[0]).intValue(), number(r[1]).intValue(), number(r[2]).longValue(), number(r[3]).longValue(),
          number(r[4]).longValue(), number(r[5]).longValue(), (String) r[6]));
    }
    return out;
  }

  private static Number number(Object o) {
    return (Number) o;
  }
}
