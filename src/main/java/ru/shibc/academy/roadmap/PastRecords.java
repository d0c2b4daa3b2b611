package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import ru.shibc.academy.platform.files.StoredFile;

/**
 * Work on items done before the platform, transferred with its own dates and people (the demo
 * district's 2019–2021 history, a later import from paper). No access check and no audit entry:
 * callers are start-up code, not users; each record still leaves its history line.
 */
@ApplicationScoped
public class PastRecords {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  private RoadmapItem item(long itemId) {
    RoadmapItem item = em.find(RoadmapItem.class, itemId);
    if (item == null) {
      throw new IllegalArgumentException("No roadmap item " + itemId);
    }
    return item;
  }

  @Transactional
  public void status(long itemId, ItemStatus status, String by, Instant at) {
    RoadmapItem item = item(itemId);
    RoadmapItem.Change change = item.status(status, at);
    em.persist(new ItemChange(itemId, change.field(), change.oldValue(), change.newValue(), by, at));
  }

  @Transactional
  public void responsible(long itemId, long personId, String name, String by, Instant at) {
    RoadmapItem item = item(itemId);
    item.responsible(personId, at);
    em.persist(new ItemChange(itemId, "responsible", null, name, by, at));
  }

  @Transactional
  public void evidence(long itemId, EvidenceKind kind, String title, java.time.LocalDate date, StoredFile file, String by,
      Instant at) {
    item(itemId);
    em.persist(new Evidence(itemId, kind, title, date, file, by, at));
    em.persist(new ItemChange(itemId, "evidence", null, Evidence.label(title, file.fileName()), by, at));
  }

  @Transactional
  public void comment(long itemId, String body, String by, Instant at) {
    item(itemId);
    em.persist(new ItemComment(itemId, by, body, at));
  }
}
