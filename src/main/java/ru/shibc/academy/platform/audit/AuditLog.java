package ru.shibc.academy.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * The audit log. An entry joins the caller's transaction, so an action and its record commit or
 * roll back together. States are stored as JSON of whatever snapshot the feature passes.
 */
@ApplicationScoped
public class AuditLog {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** A page of entries, newest first, and how many match in all. */
  public record Page(List<AuditEntry> entries, long total) {}

  @Transactional
  public void record(String action, String entityType, Object entityId, Object before, Object after) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            currentUser.username(),
            action,
            entityType,
            entityId == null ? null : entityId.toString(),
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after)));
  }

  public Page search(String actor, String entityType, int first, int max) {
    String where = " where (:actor is null or e.actor = :actor) and (:type is null or e.entityType = :type)";
    TypedQuery<AuditEntry> page =
        em.createQuery("select e from AuditEntry e" + where + " order by e.at desc, e.id desc", AuditEntry.class);
    TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
    for (TypedQuery<?> q : List.of(page, count)) {
      q.setParameter("actor", blankToNull(actor));
      q.setParameter("type", blankToNull(entityType));
    }
    return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
