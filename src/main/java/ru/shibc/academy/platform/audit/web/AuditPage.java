package ru.shibc.academy.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.shibc.academy.platform.audit.AuditEntry;
import ru.shibc.academy.platform.audit.AuditLog;

/** The audit log for administrators: newest first, filtered by who and what. */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog audit;

  private String actor;
  private String entityType;
  private LazyDataModel<AuditEntry> entries;

  @PostConstruct
  void init() {
    entries =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return (int) audit.search(actor, entityType, 0, 1).total();
          }

          @Override
          public List<AuditEntry> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            AuditLog.Page page = audit.search(actor, entityType, first, size);
            setRowCount((int) page.total());
            return page.entries();
          }

          @Override
          public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
          }
        };
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ru.shibc.academy.platform.time.Clocks.DISTRICT_ZONE);

  /** When, in the district's time. */
  public String when(AuditEntry entry) {
    return WHEN.format(entry.getAt());
  }

  public void search() {
    // the lazy model reads the filters on its next load
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }
}
