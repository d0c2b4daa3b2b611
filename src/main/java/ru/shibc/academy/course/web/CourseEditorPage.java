package ru.shibc.academy.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityTypes;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseDetails;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.course.Section;
import ru.shibc.academy.course.StudyForm;
import ru.shibc.academy.course.api.CourseResource;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/**
 * The course editor: the course's description, its sections and activities, their order by
 * drag and drop (or arrows, on a phone), the file of a file activity, publishing.
 */
@Named("editor")
@ViewScoped
public class CourseEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Courses courses;
  @Inject private ActivityTypes types;

  private Long id;
  private boolean loaded;

  // the course's description
  private String title;
  private String shortName;
  private String annotation;
  private String category;
  private ProgrammeType programmeType = ProgrammeType.QUALIFICATION_UPGRADE;
  private Integer academicHours = 16;
  private StudyForm form = StudyForm.DISTANCE;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String roadmapItems;
  private boolean selfEnrolment = true;
  private long version;
  private CourseStatus status = CourseStatus.DRAFT;

  // the structure as the editor last saw it
  private long structureVersion;
  private List<Section> sections = List.of();
  private Map<Long, List<Activity>> activities = Map.of();
  private Map<Long, Courses.FileInfo> files = Map.of();

  // the section and activity dialogs
  private Long sectionId;
  private String sectionTitle;
  private String sectionSummary;
  private Long activityId;
  private Long activitySectionId;
  private String kind = "PAGE";
  private String activityTitle;
  private boolean required = true;
  private String body;
  private String url;
  private Grading grading = Grading.PASS_FAIL;
  private Integer maxPoints;
  private Integer passPoints;
  private LocalDateTime dueAt;
  private String copyShortName;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      Course c = courses.get(id);
      title = c.getTitle();
      shortName = c.getShortName();
      annotation = c.getAnnotation();
      category = c.getCategory();
      programmeType = c.getProgrammeType();
      academicHours = c.getAcademicHours();
      form = c.getForm();
      startsOn = c.getStartsOn();
      endsOn = c.getEndsOn();
      roadmapItems = String.join(", ", c.roadmapItemList());
      selfEnrolment = c.isSelfEnrolment();
      version = c.getVersion();
      status = c.getStatus();
      reloadStructure();
    }
  }

  private void reloadStructure() {
    structureVersion = courses.get(id).getStructureVersion();
    sections = courses.sections(id);
    activities = courses.activities(id).stream().collect(Collectors.groupingBy(Activity::getSectionId));
    files = courses.files(id);
  }

  public void saveCourse() {
    if (title == null || title.isBlank() || shortName == null || shortName.isBlank() || academicHours == null) {
      Pages.error("course.describeRequired");
      return;
    }
    List<String> items =
        roadmapItems == null || roadmapItems.isBlank()
            ? List.of()
            : Arrays.stream(roadmapItems.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    CourseDetails details =
        new CourseDetails(
            title.strip(), shortName.strip(), annotation, category == null ? null : category.strip(), programmeType,
            academicHours, form, startsOn, endsOn, items, selfEnrolment, null, null);
    boolean isNew = id == null;
    boolean saved =
        Pages.attempt(
            () -> {
              Course c = isNew ? courses.create(details) : courses.update(id, version, details);
              id = c.getId();
              version = c.getVersion();
            },
            "course.saved");
    if (saved) {
      Course c = courses.get(id);
      version = c.getVersion();
      reloadStructure();
      if (isNew) {
        PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + id + "')");
      }
    }
  }

  public void changeStatus(CourseStatus newStatus) {
    if (Pages.attempt(() -> courses.changeStatus(id, newStatus), "course.statusChanged")) {
      Course c = courses.get(id);
      status = c.getStatus();
      version = c.getVersion();
    }
  }

  /** Copies the course, its sections, activities and files, as a new draft; opens the copy. */
  public String duplicate() {
    if (copyShortName == null || copyShortName.isBlank() || copyShortName.length() > 60) {
      Pages.error("course.duplicate.shortNameRequired");
      return null;
    }
    Long[] copy = new Long[1];
    if (Pages.attempt(() -> copy[0] = courses.duplicate(id, copyShortName.strip()).getId(), "course.duplicated")) {
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/teaching/edit?faces-redirect=true&id=" + copy[0];
    }
    return null;
  }

  public void startSection(Long sid) {
    sectionId = sid;
    Section s = sid == null ? null : sections.stream().filter(x -> x.getId().equals(sid)).findFirst().orElse(null);
    sectionTitle = s == null ? null : s.getTitle();
    sectionSummary = s == null ? null : s.getSummary();
  }

  public void saveSection() {
    if (sectionTitle == null || sectionTitle.isBlank() || sectionTitle.length() > 250) {
      Pages.error("course.section.titleRequired");
      return;
    }
    boolean saved =
        Pages.attempt(
            () -> {
              if (sectionId == null) {
                courses.addSection(id, sectionTitle, sectionSummary);
              } else {
                courses.updateSection(id, sectionId, sectionTitle, sectionSummary);
              }
            },
            "course.section.saved");
    if (saved) {
      reloadStructure();
      PrimeFaces.current().executeScript("PF('sectionDialog').hide()");
    }
  }

  public void deleteSection(long sid) {
    if (Pages.attempt(() -> courses.deleteSection(id, sid), "course.section.deleted")) {
      reloadStructure();
    }
  }

  public void startActivity(Long sid, Long aid) {
    activityId = aid;
    Activity a = aid == null ? null : courses.activity(id, aid);
    activitySectionId = a == null ? sid : a.getSectionId();
    kind = a == null ? "PAGE" : a.getKind();
    activityTitle = a == null ? null : a.getTitle();
    required = a == null || a.isRequired();
    body = a == null ? null : a.getBody();
    url = a == null ? null : a.getUrl();
    grading = a == null || a.getGrading() == null ? Grading.PASS_FAIL : a.getGrading();
    maxPoints = a == null ? null : a.getMaxPoints();
    passPoints = a == null ? null : a.getPassPoints();
    dueAt = a == null || a.getDueAt() == null ? null : LocalDateTime.ofInstant(a.getDueAt(), Clocks.DISTRICT_ZONE);
  }

  public void saveActivity() {
    if (activityTitle == null || activityTitle.isBlank() || activityTitle.length() > 250) {
      Pages.error("course.activity.titleRequired");
      return;
    }
    ActivityDraft draft =
        new ActivityDraft(
            activityTitle.strip(), required, body, url, grading, maxPoints, passPoints,
            dueAt == null ? null : dueAt.atZone(Clocks.DISTRICT_ZONE).toInstant());
    boolean saved =
        Pages.attempt(
            () -> {
              if (activityId == null) {
                activityId = courses.addActivity(id, activitySectionId, kind, draft).getId();
              } else {
                Activity a = courses.updateActivity(id, activityId, draft);
                if (!a.getSectionId().equals(activitySectionId)) {
                  moveToSection(a, activitySectionId);
                }
              }
            },
            "course.activity.saved");
    if (saved) {
      reloadStructure();
      if (!"FILE".equals(kind)) {
        PrimeFaces.current().executeScript("PF('activityDialog').hide()");
      }
    }
  }

  private void moveToSection(Activity a, long targetSection) {
    reloadStructure();
    List<Courses.SectionOrder> order = new ArrayList<>();
    for (Courses.SectionOrder s : courses.order(id).sections()) {
      List<Long> ids = new ArrayList<>(s.activityIds());
      ids.remove(a.getId());
      if (s.sectionId() == targetSection) {
        ids.add(a.getId());
      }
      order.add(new Courses.SectionOrder(s.sectionId(), ids));
    }
    courses.reorder(id, new Courses.Order(structureVersion, order));
  }

  public void uploadFile(FileUploadEvent event) {
    if (activityId == null) {
      Pages.error("course.file.saveFirst");
      return;
    }
    boolean attached =
        Pages.attempt(
            () ->
                courses.attachFile(
                    id, activityId,
                    UploadedFiles.check(
                        event.getFile().getFileName(), event.getFile().getContent(), UploadedFiles.DOCUMENTS,
                        CourseResource.MAX_FILE_BYTES)),
            "course.file.attached");
    if (attached) {
      reloadStructure();
    }
  }

  public void deleteActivity(long aid) {
    if (Pages.attempt(() -> courses.deleteActivity(id, aid), "course.activity.deleted")) {
      reloadStructure();
    }
  }

  /** Drag and drop of sections. */
  public void onSectionReorder(ReorderEvent event) {
    List<Long> ids = new ArrayList<>(sections.stream().map(Section::getId).toList());
    ids.add(event.getToIndex(), ids.remove(event.getFromIndex()));
    applyOrder(ids, Map.of());
  }

  /** Drag and drop of activities inside a section (the table carries its section's id). */
  public void onActivityReorder(ReorderEvent event) {
    Long sid = (Long) event.getComponent().getAttributes().get("sectionId");
    List<Long> ids = new ArrayList<>(activities.getOrDefault(sid, List.of()).stream().map(Activity::getId).toList());
    ids.add(event.getToIndex(), ids.remove(event.getFromIndex()));
    applyOrder(sections.stream().map(Section::getId).toList(), Map.of(sid, ids));
  }

  /** The arrows: one step up or down, for phones and keyboards. */
  public void moveSection(long sid, int step) {
    List<Long> ids = new ArrayList<>(sections.stream().map(Section::getId).toList());
    int from = ids.indexOf(sid);
    int to = from + step;
    if (from < 0 || to < 0 || to >= ids.size()) {
      return;
    }
    ids.add(to, ids.remove(from));
    applyOrder(ids, Map.of());
  }

  public void moveActivity(long sid, long aid, int step) {
    List<Long> ids = new ArrayList<>(activities.getOrDefault(sid, List.of()).stream().map(Activity::getId).toList());
    int from = ids.indexOf(aid);
    int to = from + step;
    if (from < 0 || to < 0 || to >= ids.size()) {
      return;
    }
    ids.add(to, ids.remove(from));
    applyOrder(sections.stream().map(Section::getId).toList(), Map.of(sid, ids));
  }

  private void applyOrder(List<Long> sectionIds, Map<Long, List<Long>> changedActivities) {
    List<Courses.SectionOrder> order = new ArrayList<>();
    for (Long sid : sectionIds) {
      List<Long> ids =
          changedActivities.getOrDefault(
              sid, activities.getOrDefault(sid, List.of()).stream().map(Activity::getId).toList());
      order.add(new Courses.SectionOrder(sid, ids));
    }
    try {
      courses.reorder(id, new Courses.Order(structureVersion, order));
    } catch (AcademyException e) {
      Pages.refused(e);
    }
    reloadStructure();
  }

  public List<Activity> activitiesOf(long sid) {
    return activities.getOrDefault(sid, List.of());
  }

  public String fileName(long aid) {
    Courses.FileInfo f = files.get(aid);
    return f == null ? null : f.fileName();
  }

  public List<String> getKinds() {
    return List.copyOf(types.codes());
  }

  public boolean isNew() {
    return id == null;
  }

  // getters and setters for the form fields
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getShortName() { return shortName; }
  public void setShortName(String shortName) { this.shortName = shortName; }
  public String getAnnotation() { return annotation; }
  public void setAnnotation(String annotation) { this.annotation = annotation; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public ProgrammeType getProgrammeType() { return programmeType; }
  public void setProgrammeType(ProgrammeType programmeType) { this.programmeType = programmeType; }
  public Integer getAcademicHours() { return academicHours; }
  public void setAcademicHours(Integer academicHours) { this.academicHours = academicHours; }
  public StudyForm getForm() { return form; }
  public void setForm(StudyForm form) { this.form = form; }
  public LocalDate getStartsOn() { return startsOn; }
  public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
  public LocalDate getEndsOn() { return endsOn; }
  public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
  public String getRoadmapItems() { return roadmapItems; }
  public void setRoadmapItems(String roadmapItems) { this.roadmapItems = roadmapItems; }
  public boolean isSelfEnrolment() { return selfEnrolment; }
  public void setSelfEnrolment(boolean selfEnrolment) { this.selfEnrolment = selfEnrolment; }
  public CourseStatus getStatus() { return status; }
  public List<Section> getSections() { return sections; }
  public ProgrammeType[] getProgrammeTypes() { return ProgrammeType.values(); }
  public StudyForm[] getForms() { return StudyForm.values(); }
  public Grading[] getGradings() { return Grading.values(); }
  public String getSectionTitle() { return sectionTitle; }
  public void setSectionTitle(String sectionTitle) { this.sectionTitle = sectionTitle; }
  public String getSectionSummary() { return sectionSummary; }
  public void setSectionSummary(String sectionSummary) { this.sectionSummary = sectionSummary; }
  public Long getActivityId() { return activityId; }
  public Long getActivitySectionId() { return activitySectionId; }
  public void setActivitySectionId(Long activitySectionId) { this.activitySectionId = activitySectionId; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getActivityTitle() { return activityTitle; }
  public void setActivityTitle(String activityTitle) { this.activityTitle = activityTitle; }
  public boolean isRequired() { return required; }
  public void setRequired(boolean required) { this.required = required; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public Grading getGrading() { return grading; }
  public void setGrading(Grading grading) { this.grading = grading; }
  public Integer getMaxPoints() { return maxPoints; }
  public void setMaxPoints(Integer maxPoints) { this.maxPoints = maxPoints; }
  public Integer getPassPoints() { return passPoints; }
  public void setPassPoints(Integer passPoints) { this.passPoints = passPoints; }
  public String getCopyShortName() { return copyShortName; }
  public void setCopyShortName(String copyShortName) { this.copyShortName = copyShortName; }
  public LocalDateTime getDueAt() { return dueAt; }
  public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
}
