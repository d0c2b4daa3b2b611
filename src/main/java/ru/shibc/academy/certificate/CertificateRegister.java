package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.shibc.academy.platform.database.LikePatterns;

/** The register (реестр) as the department and methodologists search it. */
@ApplicationScoped
public class CertificateRegister {

  /** Columns one may sort by, each with its JPQL path. */
  public enum Sort {
    ISSUED_ON("c.issuedOn"),
    NUMBER("c.regYear, c.regSeq"),
    HOLDER("c.holderSurname, c.holderName"),
    PROGRAMME("c.programmeTitle");

    final String path;

    Sort(String path) {
      this.path = path;
    }
  }

  /**
   * What to look for; every part is optional. {@code text} matches the holder's surname or the
   * registration number from its start.
   */
  public record Filter(
      String text, Long organisationId, Long personId, Long courseId, LocalDate issuedFrom, LocalDate issuedTo,
      CertificateStatus status) {
    public static final Filter ALL = new Filter(null, null, null, null, null, null, null);
  }

  public record Page(List<Certificate> certificates, long total) {}

  private static final int BATCH = 500;

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  public Page search(Filter filter, Sort sort, boolean descending, int first, int max) {
    Where where = where(filter);
    String order = " order by " + directed(sort.path, descending) + ", " + directed("c.id", descending);
    TypedQuery<Certificate> page = em.createQuery("select c from Certificate c" + where.jpql + order, Certificate.class);
    TypedQuery<Long> count = em.createQuery("select count(c) from Certificate c" + where.jpql, Long.class);
    where.params.forEach(
        (k, v) -> {
          page.setParameter(k, v);
          count.setParameter(k, v);
        });
    return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
  }

  /** Every match in register order, a batch at a time, for exports and archives of any size. */
  public void forEach(Filter filter, Consumer<Certificate> each) {
    Where where = where(filter);
    long afterId = 0;
    while (true) {
      TypedQuery<Certificate> q =
          em.createQuery(
              "select c from Certificate c" + where.jpql + (where.jpql.isEmpty() ? " where" : " and")
                  + " c.id > :afterId order by c.id",
              Certificate.class);
      where.params.forEach(q::setParameter);
      List<Certificate> batch = q.setParameter("afterId", afterId).setMaxResults(BATCH).getResultList();
      batch.forEach(each);
      if (batch.size() < BATCH) {
        return;
      }
      afterId = batch.get(batch.size() - 1).getId();
      em.clear();
    }
  }

  public long count(Filter filter) {
    Where where = where(filter);
    TypedQuery<Long> count = em.createQuery("select count(c) from Certificate c" + where.jpql, Long.class);
    where.params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private record Where(String jpql, Map<String, Object> params) {}

  private static Where where(Filter f) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (f.text() != null && !f.text().isBlank()) {
      parts.add("(c.holderSurname like :text escape '\\' or c.registrationNumber like :text escape '\\')");
      params.put("text", LikePatterns.startsWith(f.text().strip()));
    }
    add(parts, params, "c.organisationId = :org", "org", f.organisationId());
    add(parts, params, "c.personId = :person", "person", f.personId());
    add(parts, params, "c.courseId = :course", "course", f.courseId());
    add(parts, params, "c.issuedOn >= :from", "from", f.issuedFrom());
    add(parts, params, "c.issuedOn <= :to", "to", f.issuedTo());
    add(parts, params, "c.status = :status", "status", f.status());
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  private static void add(List<String> parts, Map<String, Object> params, String jpql, String name, Object value) {
    if (value != null) {
      parts.add(jpql);
      params.put(name, value);
    }
  }

  private static String directed(String paths, boolean descending) {
    if (!descending) {
      return paths;
    }
    return String.join(", ", java.util.Arrays.stream(paths.split(", ")).map(p -> p + " desc").toList());
  }
}
