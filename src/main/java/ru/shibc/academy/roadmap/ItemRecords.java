package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.files.StoredFile;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * What is kept about an item's work besides its fields: evidence documents and comments. Adding
 * or removing evidence is also written into the item's history.
 */
@ApplicationScoped
public class ItemRecords {

  /** The file types evidence may be, checked by content. */
  public static final Set<UploadedFiles.Type> EVIDENCE_TYPES =
      Set.of(
          UploadedFiles.Type.PDF, UploadedFiles.Type.DOCX, UploadedFiles.Type.XLSX, UploadedFiles.Type.JPEG,
          UploadedFiles.Type.PNG);

  /** What describes an evidence document besides its file. */
  public record EvidenceDraft(EvidenceKind kind, String title, LocalDate documentDate) {}

  /** What the audit log keeps of an evidence document. */
  public record EvidenceState(long itemId, EvidenceKind kind, String title, String fileName, String sha256) {
    static EvidenceState of(Evidence e) {
      return new EvidenceState(e.getItemId(), e.getKind(), e.getTitle(), e.getFileName(), e.getSha256());
    }
  }

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private RoadmapItems items;
  @Inject private RoadmapAccess access;
  @Inject private AuditLog audit;
  @Inject private CurrentUser user;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.roadmap.evidence-max-mb", defaultValue = "20")
  private int maxMegabytes;

  /** The largest evidence file accepted, in bytes. */
  public long maxBytes() {
    return maxMegabytes * 1024L * 1024L;
  }

  /** The file checked by content: one of {@link #EVIDENCE_TYPES}, within the size limit. */
  public StoredFile check(String fileName, byte[] data) {
    try {
      return UploadedFiles.check(fileName, data, EVIDENCE_TYPES, maxBytes());
    } catch (AcademyException e) {
      if (e.messageKey().equals("file.typeNotAllowed")) {
        throw AcademyException.invalid("roadmap.evidence.type", e.args());
      }
      throw e;
    }
  }

  public List<Evidence> evidence(long roadmapId, long itemId) {
    items.get(roadmapId, itemId);
    return em.createQuery(
            "select new ru.shibc.academy.roadmap.Evidence(e.id, e.itemId, e.kind, e.title, e.documentDate, e.fileName,"
                + " e.contentType, e.sizeBytes, e.uploadedBy, e.uploadedAt)"
                + " from Evidence e where e.itemId = :i order by e.uploadedAt, e.id",
            Evidence.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  @Transactional
  public Evidence addEvidence(long roadmapId, long itemId, EvidenceDraft draft, StoredFile file) {
    RoadmapItem item = items.find(roadmapId, itemId);
    access.requireWork(item);
    if (draft.kind() == null) {
      throw AcademyException.invalid("roadmap.evidence.kind");
    }
    String title = Roadmaps.required(draft.title() == null || draft.title().isBlank() ? file.fileName() : draft.title(), 500);
    Evidence e = new Evidence(itemId, draft.kind(), title, draft.documentDate(), file, user.username(), clock.instant());
    em.persist(e);
    em.flush();
    items.history(item, new RoadmapItem.Change("evidence", null, Evidence.label(title, file.fileName())));
    audit.record("roadmap.evidence.add", "roadmapItem", itemId, null, EvidenceState.of(e));
    return e;
  }

  /** An evidence document with its bytes, for download. */
  public Evidence file(long roadmapId, long itemId, long evidenceId) {
    items.get(roadmapId, itemId);
    Evidence e = em.find(Evidence.class, evidenceId);
    if (e == null || e.getItemId() != itemId) {
      throw AcademyException.notFound("evidence");
    }
    return e;
  }

  @Transactional
  public void removeEvidence(long roadmapId, long itemId, long evidenceId) {
    RoadmapItem item = items.find(roadmapId, itemId);
    access.requireWork(item);
    Evidence e = em.find(Evidence.class, evidenceId);
    if (e == null || e.getItemId() != itemId) {
      throw AcademyException.notFound("evidence");
    }
    EvidenceState before = EvidenceState.of(e);
    em.remove(e);
    items.history(item, new RoadmapItem.Change("evidence", Evidence.label(e.getTitle(), e.getFileName()), null));
    em.flush();
    audit.record("roadmap.evidence.remove", "roadmapItem", itemId, before, null);
  }

  public List<ItemComment> comments(long roadmapId, long itemId) {
    items.get(roadmapId, itemId);
    return em.createQuery(
            "select c from ItemComment c where c.itemId = :i order by c.createdAt, c.id", ItemComment.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  @Transactional
  public ItemComment comment(long roadmapId, long itemId, String body) {
    RoadmapItem item = items.find(roadmapId, itemId);
    access.requireWork(item);
    String text = Roadmaps.required(body, 5000);
    ItemComment c = new ItemComment(itemId, user.username(), text, clock.instant());
    em.persist(c);
    em.flush();
    audit.record("roadmap.comment.add", "roadmapItem", itemId, null, text);
    return c;
  }
}
