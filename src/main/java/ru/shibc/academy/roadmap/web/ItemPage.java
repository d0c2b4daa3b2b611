package ru.shibc.academy.roadmap.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.Evidence;
import ru.shibc.academy.roadmap.EvidenceKind;
import ru.shibc.academy.roadmap.ItemChange;
import ru.shibc.academy.roadmap.ItemComment;
import ru.shibc.academy.roadmap.ItemRecords;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.RoadmapAccess;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapItems;
import ru.shibc.academy.roadmap.RoadmapSection;
import ru.shibc.academy.roadmap.Roadmaps;

/**
 * One item at work: its fields (the department edits them), status, responsible person,
 * evidence documents, comments and history.
 */
@Named("itemPage")
@ViewScoped
public class ItemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapItems items;
  @Inject private ItemRecords records;
  @Inject private RoadmapAccess access;

  private Long roadmapId;
  private Long id;
  private transient RoadmapItem item;
  private transient RoadmapSection section;
  private transient List<Evidence> evidence;
  private transient List<ItemComment> comments;
  private transient List<ItemChange> history;
  private transient List<Person> candidates;
  private boolean refused;
  /** The version of the item this page shows: a change made meanwhile elsewhere is refused (409). */
  private long version;
  private ItemStatus status;
  private Long responsibleId;
  private EvidenceKind kind = EvidenceKind.ORDER;
  private String evidenceTitle;
  private LocalDate documentDate;
  private String comment;
  private final ItemForm form = new ItemForm();

  public void load() {
    try {
      read();
    } catch (AcademyException e) {
      Pages.refused(e);
      refused = true;
      item = null;
    }
  }

  private void read() {
    item = items.get(roadmapId, id);
    version = item.getVersion();
    section = items.section(item);
    status = item.getStatus();
    responsibleId = item.getResponsibleId();
    evidence = null;
    comments = null;
    history = null;
  }

  /** The item, read again when the view was restored without its transient state. */
  private RoadmapItem item() {
    if (item == null && !refused && id != null && roadmapId != null) {
      try {
        read();
      } catch (AcademyException e) {
        refused = true;
      }
    }
    return item;
  }

  public RoadmapItem getItem() {
    return item();
  }

  public RoadmapSection getSection() {
    item();
    return section;
  }

  public boolean isOverdue() {
    return item() != null && item().isOverdue(roadmaps.today());
  }

  public String getResponsibleName() {
    return item() == null ? null : items.name(item().getResponsibleId());
  }

  public boolean isMayEdit() {
    return access.canEdit();
  }

  public boolean isMayWork() {
    return item() != null && access.canWorkOn(item());
  }

  public List<Evidence> getEvidence() {
    if (evidence == null) {
      evidence = records.evidence(roadmapId, id);
    }
    return evidence;
  }

  public List<ItemComment> getComments() {
    if (comments == null) {
      comments = records.comments(roadmapId, id);
    }
    return comments;
  }

  public List<ItemChange> getHistory() {
    if (history == null) {
      history = items.history(roadmapId, id);
    }
    return history;
  }

  public List<Person> getCandidates() {
    if (candidates == null) {
      candidates = items.candidates();
    }
    return candidates;
  }

  public ItemStatus[] getStatuses() {
    return ItemStatus.values();
  }

  public EvidenceKind[] getKinds() {
    return EvidenceKind.values();
  }

  public void changeStatus() {
    if (Pages.attempt(() -> items.changeStatus(roadmapId, id, status, version), "roadmap.item.statusChanged")) {
      read();
    } else {
      read();
    }
  }

  public void assign() {
    if (Pages.attempt(() -> items.assign(roadmapId, id, responsibleId, version), "roadmap.item.responsibleChanged")) {
      read();
    }
  }

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    Pages.attempt(
            () ->
                records.addEvidence(
                    roadmapId, id, new ItemRecords.EvidenceDraft(kind, evidenceTitle, documentDate),
                    records.check(name, event.getFile().getContent())))
        .ifPresent(
            e -> {
              Pages.info("roadmap.evidence.uploaded", e.getTitle());
              evidenceTitle = null;
              documentDate = null;
              read();
            });
  }

  public void removeEvidence(long evidenceId) {
    if (Pages.attempt(() -> records.removeEvidence(roadmapId, id, evidenceId), "roadmap.evidence.removed")) {
      read();
    }
  }

  public void addComment() {
    if (Pages.attempt(() -> records.comment(roadmapId, id, comment), "roadmap.comment.added")) {
      comment = null;
      read();
    }
  }

  public void startEdit() {
    form.fill(item(), getSection().getNumber());
  }

  public void save() {
    if (Pages.attempt(() -> items.update(roadmapId, id, form.fields(), version), "roadmap.saved")) {
      read();
    }
  }

  public String remove() {
    if (Pages.attempt(() -> items.remove(roadmapId, id, version), "roadmap.item.removed")) {
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/roadmap/roadmap?faces-redirect=true&id=" + roadmapId;
    }
    return null;
  }

  public List<RoadmapSection> getSections() {
    return roadmaps.sections(roadmapId);
  }

  /** The download address of an evidence file (the API serves it to the page session too). */
  public String fileUrl(Evidence e) {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/roadmaps/" + roadmapId + "/items/" + id + "/evidence/" + e.getId() + "/file";
  }

  public String kindLabel(EvidenceKind k) {
    return Pages.text("roadmap.evidence.kind." + k.name());
  }

  public long getMaxBytes() {
    return records.maxBytes();
  }

  public ItemForm getForm() {
    return form;
  }

  public Long getRoadmapId() {
    return roadmapId;
  }

  public void setRoadmapId(Long roadmapId) {
    this.roadmapId = roadmapId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public void setStatus(ItemStatus status) {
    this.status = status;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public void setKind(EvidenceKind kind) {
    this.kind = kind;
  }

  public String getEvidenceTitle() {
    return evidenceTitle;
  }

  public void setEvidenceTitle(String evidenceTitle) {
    this.evidenceTitle = evidenceTitle;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public void setDocumentDate(LocalDate documentDate) {
    this.documentDate = documentDate;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
