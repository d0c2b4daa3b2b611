package ru.shibc.academy.roadmap.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.Roadmap;
import ru.shibc.academy.roadmap.RoadmapAccess;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapItems;
import ru.shibc.academy.roadmap.RoadmapProgress;
import ru.shibc.academy.roadmap.RoadmapSection;
import ru.shibc.academy.roadmap.Roadmaps;

/**
 * One roadmap: its items as a table with status tags (overdue in red), filters by status,
 * section and responsible person, progress counts; the department edits the roadmap's title and
 * period and adds items here.
 */
@Named("roadmapPage")
@ViewScoped
public class RoadmapPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The status filter's extra choice: items whose period ended before they were done. */
  public static final String OVERDUE = "OVERDUE";

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapItems items;
  @Inject private RoadmapAccess access;

  /** One row of the table. */
  public record Row(RoadmapItem item, int section, String responsible, boolean overdue) {}

  /** A responsible person to filter by. */
  public record Person(Long id, String name) implements Serializable {}

  private Long id;
  /** The roadmap could not be shown (not found, no right): said once, not read again. */
  private boolean refused;
  private transient Roadmap roadmap;
  private transient List<RoadmapSection> sections;
  private transient List<Row> all;
  private transient List<Row> rows;
  private String status;
  private Integer section;
  private Long responsibleId;
  private final ItemForm form = new ItemForm();
  private final RoadmapForm roadmapForm = new RoadmapForm();

  public void load() {
    try {
      read();
    } catch (AcademyException e) {
      Pages.refused(e);
      refused = true;
      roadmap = null;
    }
  }

  private void read() {
    roadmap = roadmaps.get(id);
    sections = roadmaps.sections(id);
    Map<Long, Integer> numbers = new HashMap<>();
    sections.forEach(s -> numbers.put(s.getId(), s.getNumber()));
    Map<Long, String> names = new HashMap<>();
    LocalDate today = roadmaps.today();
    all = new ArrayList<>();
    for (RoadmapItem i : roadmaps.items(id)) {
      String name = i.getResponsibleId() == null ? null : names.computeIfAbsent(i.getResponsibleId(), items::name);
      all.add(new Row(i, numbers.get(i.getSectionId()), name, i.isOverdue(today)));
    }
    rows = null;
  }

  public Roadmap getRoadmap() {
    if (roadmap == null && id != null && !refused) {
      load();
    }
    return roadmap;
  }

  public List<RoadmapSection> getSections() {
    if (sections == null && id != null && !refused) {
      load();
    }
    return sections == null ? List.of() : sections;
  }

  /** Every row, read again when the view was restored without its transient state. */
  private List<Row> all() {
    if (all == null && id != null && !refused) {
      load();
    }
    return all == null ? List.of() : all;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          all().stream()
              .filter(r -> section == null || r.section() == section)
              .filter(r -> responsibleId == null || responsibleId.equals(r.item().getResponsibleId()))
              .filter(
                  r ->
                      status == null
                          || status.isEmpty()
                          || (OVERDUE.equals(status) ? r.overdue() : r.item().getStatus().name().equals(status)))
              .toList();
    }
    return rows;
  }

  /** The rows of one section, for the grouped table. */
  public List<Row> rowsOf(int sectionNumber) {
    return getRows().stream().filter(r -> r.section() == sectionNumber).toList();
  }

  /** The sections that have rows under the filters. */
  public List<RoadmapSection> getShownSections() {
    return getSections().stream().filter(s -> !rowsOf(s.getNumber()).isEmpty()).toList();
  }

  public RoadmapProgress getProgress() {
    return RoadmapProgress.of(all().stream().map(Row::item).toList(), roadmaps.today());
  }

  public List<Person> getResponsibles() {
    Map<Long, String> people = new LinkedHashMap<>();
    all().stream()
        .filter(r -> r.responsible() != null)
        .sorted(java.util.Comparator.comparing(Row::responsible))
        .forEach(r -> people.putIfAbsent(r.item().getResponsibleId(), r.responsible()));
    return people.entrySet().stream().map(e -> new Person(e.getKey(), e.getValue())).toList();
  }

  public List<String> getStatusChoices() {
    List<String> choices = new ArrayList<>();
    for (ItemStatus s : ItemStatus.values()) {
      choices.add(s.name());
    }
    choices.add(OVERDUE);
    return choices;
  }

  public String statusLabel(String choice) {
    return OVERDUE.equals(choice) ? Pages.text("roadmap.status.overdue") : Pages.text("roadmap.status." + choice);
  }

  /** A tile's click: only that status, or all again. */
  public void show(String choice) {
    status = choice.equals(status) ? null : choice;
    rows = null;
  }

  public void filter() {
    rows = null;
  }

  public boolean isMayEdit() {
    return access.canEdit();
  }

  public void startEdit() {
    getRoadmap();
    roadmapForm.title = roadmap.getTitle();
    roadmapForm.approvedBy = roadmap.getApprovedBy();
    roadmapForm.periodStart = roadmap.getPeriodStart();
    roadmapForm.periodEnd = roadmap.getPeriodEnd();
    roadmapForm.version = roadmap.getVersion();
  }

  public void saveRoadmap() {
    if (Pages.attempt(() -> roadmaps.update(id, roadmapForm.edit()), "roadmap.saved")) {
      read();
    }
  }

  public void startAdd() {
    form.clear();
    form.setSection(getSections().isEmpty() ? null : getSections().get(0).getNumber());
  }

  public void addItem() {
    Pages.attempt(() -> items.add(id, form.fields()))
        .ifPresent(
            item -> {
              Pages.info("roadmap.item.added", item.getNumber());
              read();
            });
  }

  public ItemForm getForm() {
    return form;
  }

  public RoadmapForm getRoadmapForm() {
    return roadmapForm;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
    rows = null;
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
    rows = null;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
    rows = null;
  }

  /** The roadmap's own fields as the edit dialog holds them. */
  public static final class RoadmapForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private String approvedBy;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private long version;

    Roadmaps.RoadmapEdit edit() {
      return new Roadmaps.RoadmapEdit(title, approvedBy, periodStart, periodEnd, version);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getApprovedBy() {
      return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
      this.approvedBy = approvedBy;
    }

    public LocalDate getPeriodStart() {
      return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
      this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
      return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
      this.periodEnd = periodEnd;
    }
  }
}
