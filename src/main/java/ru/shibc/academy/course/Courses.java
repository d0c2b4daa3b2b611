package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.database.LikePatterns;

/** Authoring: courses, their sections and activities, their order, duplicates, status. */
@ApplicationScoped
public class Courses {

  private static final Pattern ROADMAP_ITEM = Pattern.compile("^\\d{1,2}\\.\\d{1,2}$");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private ActivityTypes types;
  @Inject private CourseTeachers teachers;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** A search of the catalogue: text in title or annotation, category, type, status. */
  public record Filter(String text, String category, ProgrammeType programmeType, CourseStatus status) {}

  /** The wanted order of a whole course: each section with its activities, top to bottom. */
  public record Order(long structureVersion, List<SectionOrder> sections) {}

  public record SectionOrder(long sectionId, List<Long> activityIds) {}

  public record State(String title, String shortName, String status, int hours, String type) {
    static State of(Course c) {
      return new State(c.getTitle(), c.getShortName(), c.getStatus().name(), c.getAcademicHours(), c.getProgrammeType().name());
    }
  }

  public List<Course> search(Filter filter) {
    TypedQuery<Course> query =
        em.createQuery(
            "select c from Course c where (:status is null or c.status = :status)"
                + " and (:type is null or c.programmeType = :type)"
                + " and (:category is null or c.category = :category)"
                + " and (:text is null or lower(c.title) like :text or lower(c.annotation) like :text"
                + " or lower(c.shortName) like :text)"
                + " order by c.title",
            Course.class);
    query.setParameter("status", filter.status());
    query.setParameter("type", filter.programmeType());
    query.setParameter("category", blankToNull(filter.category()));
    query.setParameter("text", LikePatterns.contains(filter.text()));
    return query.setMaxResults(500).getResultList();
  }

  public List<String> categories() {
    return em.createQuery("select distinct c.category from Course c where c.category is not null order by c.category", String.class)
        .getResultList();
  }

  public Optional<Course> find(long id) {
    return Optional.ofNullable(em.find(Course.class, id));
  }

  public Course get(long id) {
    return find(id).orElseThrow(() -> AcademyException.notFound("course"));
  }

  /** A course for showing only: read-only, not copied into a unit of work (see Enrolments). */
  public Course toShow(long id) {
    return Optional.ofNullable(em.find(Course.class, id, Map.of(ru.shibc.academy.platform.database.ReadOnly.HINT, "true")))
        .orElseThrow(() -> AcademyException.notFound("course"));
  }

  public List<Section> sections(long courseId) {
    return em.createQuery("select s from Section s where s.courseId = :c order by s.position, s.id", Section.class)
        .setParameter("c", courseId)
        .getResultList();
  }

  public List<Activity> activities(long courseId) {
    return em.createQuery(
            "select a from Activity a where a.courseId = :c order by a.sectionId, a.position, a.id", Activity.class)
        .setParameter("c", courseId)
        .getResultList();
  }

  public Activity activity(long courseId, long activityId) {
    Activity activity = em.find(Activity.class, activityId);
    if (activity == null || !activity.getCourseId().equals(courseId)) {
      throw AcademyException.notFound("activity");
    }
    return activity;
  }

  /** A file's name, type and size, without its bytes. */
  public record FileInfo(long activityId, String fileName, String contentType, long size) {
    public String getFileName() {
      return fileName;
    }
  }

  /** The files of the course's file activities, by activity id, in one query without the bytes. */
  public Map<Long, FileInfo> files(long courseId) {
    return em.createQuery(
            "select f.activityId, f.fileName, f.contentType, f.size from CourseFile f"
                + " where f.activityId in (select a.id from Activity a where a.courseId = :c)",
            Object[].class)
        .setParameter("c", courseId)
        .getResultList()
        .stream()
        .map(r -> new FileInfo((Long) r[0], (String) r[1], (String) r[2], (Long) r[3]))
        .collect(Collectors.toMap(FileInfo::activityId, f -> f));
  }

  @Transactional
  public Course create(CourseDetails details) {
    check(details, null);
    Course course = new Course(details, clock.instant());
    em.persist(course);
    em.flush();
    teachers.creatorTeaches(course.getId());
    audit.record("course.created", "Course", course.getId(), null, State.of(course));
    return course;
  }

  @Transactional
  public Course update(long id, Long expectedVersion, CourseDetails details) {
    Course course = lock(id);
    if (expectedVersion != null && expectedVersion != course.getVersion()) {
      throw AcademyException.conflict("error.staleVersion");
    }
    check(details, id);
    State before = State.of(course);
    course.describe(details);
    audit.record("course.updated", "Course", id, before, State.of(course));
    return course;
  }

  @Transactional
  public Course changeStatus(long id, CourseStatus status) {
    Course course = lock(id);
    if (course.getStatus() == status) {
      return course;
    }
    if (status == CourseStatus.PUBLISHED && activities(id).stream().noneMatch(Activity::isRequired)) {
      throw AcademyException.invalid("course.publish.noRequiredActivity");
    }
    State before = State.of(course);
    course.changeStatus(status);
    audit.record("course.status", "Course", id, before, State.of(course));
    return course;
  }

  /** A copy of a course as a draft: its description, sections, activities and files. */
  @Transactional
  public Course duplicate(long id, String shortName) {
    Course original = get(id);
    CourseDetails copy =
        new CourseDetails(
            original.getTitle(), shortName, original.getAnnotation(), original.getCategory(),
            original.getProgrammeType(), original.getAcademicHours(), original.getForm(),
            original.getStartsOn(), original.getEndsOn(), original.roadmapItemList(),
            original.isSelfEnrolment(), original.getEnrolmentOpensAt(), original.getEnrolmentClosesAt());
    Course course = create(copy);
    Map<Long, FileInfo> files = files(id);
    List<Activity> originals = activities(id);
    for (Section s : sections(id)) {
      Section section = new Section(course.getId(), s.getPosition(), s.getTitle(), s.getSummary());
      em.persist(section);
      em.flush();
      for (Activity a : originals) {
        if (!a.getSectionId().equals(s.getId())) {
          continue;
        }
        Activity activity = new Activity(course.getId(), section.getId(), a.getPosition(), a.getKind(), draftOf(a));
        em.persist(activity);
        em.flush();
        if (files.containsKey(a.getId())) {
          file(id, a.getId()).ifPresent(f -> em.persist(new CourseFile(activity.getId(), f.toStoredFile(), clock.instant())));
        }
      }
    }
    audit.record("course.duplicated", "Course", course.getId(), Map.of("from", id), State.of(course));
    return course;
  }

  @Transactional
  public Section addSection(long courseId, String title, String summary) {
    Course course = lock(courseId);
    int position = sections(courseId).size();
    Section section = new Section(courseId, position, title.strip(), RichText.clean(summary));
    em.persist(section);
    course.structureChanged();
    em.flush();
    audit.record("course.sectionAdded", "Course", courseId, null, Map.of("section", section.getTitle()));
    return section;
  }

  @Transactional
  public Section updateSection(long courseId, long sectionId, String title, String summary) {
    Course course = lock(courseId);
    Section section = section(courseId, sectionId);
    section.describe(title.strip(), RichText.clean(summary));
    course.structureChanged();
    return section;
  }

  @Transactional
  public void deleteSection(long courseId, long sectionId) {
    Course course = lock(courseId);
    Section section = section(courseId, sectionId);
    boolean hasActivities = activities(courseId).stream().anyMatch(a -> a.getSectionId().equals(sectionId));
    if (hasActivities) {
      throw AcademyException.conflict("course.section.notEmpty");
    }
    em.remove(section);
    course.structureChanged();
    renumberSections(courseId);
    audit.record("course.sectionDeleted", "Course", courseId, Map.of("section", section.getTitle()), null);
  }

  @Transactional
  public Activity addActivity(long courseId, long sectionId, String kind, ActivityDraft draft) {
    Course course = lock(courseId);
    section(courseId, sectionId);
    ActivityDraft prepared = types.get(kind).prepare(draft);
    int position = (int) activities(courseId).stream().filter(a -> a.getSectionId() == sectionId).count();
    Activity activity = new Activity(courseId, sectionId, position, kind, prepared);
    em.persist(activity);
    course.structureChanged();
    em.flush();
    audit.record("course.activityAdded", "Course", courseId, null, Map.of("activity", activity.getTitle(), "kind", kind));
    return activity;
  }

  @Transactional
  public Activity updateActivity(long courseId, long activityId, ActivityDraft draft) {
    Course course = lock(courseId);
    Activity activity = activity(courseId, activityId);
    activity.describe(types.get(activity.getKind()).prepare(draft));
    course.structureChanged();
    return activity;
  }

  @Transactional
  public void deleteActivity(long courseId, long activityId) {
    Course course = lock(courseId);
    Activity activity = activity(courseId, activityId);
    em.remove(activity);
    course.structureChanged();
    em.flush();
    renumberActivities(courseId, activity.getSectionId());
    audit.record("course.activityDeleted", "Course", courseId, Map.of("activity", activity.getTitle()), null);
  }

  /** Attaches or replaces the file of a file activity. */
  @Transactional
  public CourseFile attachFile(long courseId, long activityId, ru.shibc.academy.platform.files.StoredFile file) {
    lock(courseId);
    Activity activity = activity(courseId, activityId);
    if (!activity.getKind().equals(ru.shibc.academy.course.kinds.FileType.CODE)) {
      throw AcademyException.invalid("course.file.notAFileActivity");
    }
    List<CourseFile> existing =
        em.createQuery("select f from CourseFile f where f.activityId = :a", CourseFile.class)
            .setParameter("a", activityId)
            .getResultList();
    // Replaced as a new row: updating the lazily loaded bytes in place reverted the other fields.
    existing.forEach(em::remove);
    em.flush();
    CourseFile stored = new CourseFile(activityId, file, clock.instant());
    em.persist(stored);
    audit.record("course.fileAttached", "Course", courseId, null, Map.of("activity", activity.getTitle(), "file", file.fileName()));
    return stored;
  }

  public Optional<CourseFile> file(long courseId, long activityId) {
    activity(courseId, activityId);
    return em.createQuery("select f from CourseFile f where f.activityId = :a", CourseFile.class)
        .setParameter("a", activityId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Puts sections and activities in the given order, moving activities between sections. The
   * order must name every section and activity once, and be based on the structure the editor
   * saw: a stale order (another editor changed the course meanwhile) is refused with 409.
   */
  @Transactional
  public void reorder(long courseId, Order order) {
    Course course = lock(courseId);
    if (order.structureVersion() != course.getStructureVersion()) {
      throw AcademyException.conflict("course.order.stale");
    }
    Map<Long, Section> sections = sections(courseId).stream().collect(Collectors.toMap(Section::getId, s -> s));
    Map<Long, Activity> activities = activities(courseId).stream().collect(Collectors.toMap(Activity::getId, a -> a));
    Set<Long> seenSections = new HashSet<>();
    Set<Long> seenActivities = new HashSet<>();
    for (SectionOrder s : order.sections()) {
      if (!sections.containsKey(s.sectionId()) || !seenSections.add(s.sectionId())) {
        throw AcademyException.invalid("course.order.incomplete");
      }
      for (Long a : s.activityIds()) {
        if (!activities.containsKey(a) || !seenActivities.add(a)) {
          throw AcademyException.invalid("course.order.incomplete");
        }
      }
    }
    if (!seenSections.equals(sections.keySet()) || !seenActivities.equals(activities.keySet())) {
      throw AcademyException.invalid("course.order.incomplete");
    }
    for (int i = 0; i < order.sections().size(); i++) {
      SectionOrder s = order.sections().get(i);
      sections.get(s.sectionId()).moveTo(i);
      for (int j = 0; j < s.activityIds().size(); j++) {
        activities.get(s.activityIds().get(j)).moveTo(s.sectionId(), j);
      }
    }
    course.structureChanged();
    audit.record("course.reordered", "Course", courseId, null, null);
  }

  /** The current order, for an editor to start from. */
  public Order order(long courseId) {
    Course course = get(courseId);
    List<Activity> all = activities(courseId);
    List<SectionOrder> sections = new ArrayList<>();
    for (Section s : sections(courseId)) {
      sections.add(
          new SectionOrder(
              s.getId(),
              all.stream().filter(a -> a.getSectionId().equals(s.getId())).map(Activity::getId).toList()));
    }
    return new Order(course.getStructureVersion(), sections);
  }

  private Section section(long courseId, long sectionId) {
    Section section = em.find(Section.class, sectionId);
    if (section == null || !section.getCourseId().equals(courseId)) {
      throw AcademyException.notFound("section");
    }
    return section;
  }

  private Course lock(long courseId) {
    Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
    if (course == null) {
      throw AcademyException.notFound("course");
    }
    return course;
  }

  private void renumberSections(long courseId) {
    List<Section> all = sections(courseId);
    for (int i = 0; i < all.size(); i++) {
      all.get(i).moveTo(i);
    }
  }

  private void renumberActivities(long courseId, long sectionId) {
    List<Activity> all = activities(courseId).stream().filter(a -> a.getSectionId() == sectionId).toList();
    for (int i = 0; i < all.size(); i++) {
      all.get(i).moveTo(sectionId, i);
    }
  }

  private void check(CourseDetails d, Long exceptId) {
    if (d.programmeType() == ProgrammeType.QUALIFICATION_UPGRADE && d.academicHours() < 16) {
      throw AcademyException.invalid("course.tooShortForUpgrade", String.valueOf(16));
    }
    if (d.programmeType() == ProgrammeType.PROFESSIONAL_RETRAINING && d.academicHours() < 250) {
      throw AcademyException.invalid("course.tooShortForRetraining", String.valueOf(250));
    }
    if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
      throw AcademyException.invalid("course.endsBeforeStart");
    }
    if (d.enrolmentOpensAt() != null && d.enrolmentClosesAt() != null && !d.enrolmentClosesAt().isAfter(d.enrolmentOpensAt())) {
      throw AcademyException.invalid("course.windowReversed");
    }
    for (String item : d.roadmapItems()) {
      if (!ROADMAP_ITEM.matcher(item).matches()) {
        throw AcademyException.invalid("course.badRoadmapItem", item);
      }
    }
    boolean taken =
        em.createQuery("select c.id from Course c where lower(c.shortName) = lower(:s)", Long.class)
            .setParameter("s", d.shortName())
            .getResultList()
            .stream()
            .anyMatch(found -> !found.equals(exceptId));
    if (taken) {
      throw AcademyException.conflict("course.shortNameTaken", d.shortName());
    }
  }

  static ActivityDraft draftOf(Activity a) {
    return new ActivityDraft(a.getTitle(), a.isRequired(), a.getBody(), a.getUrl(), a.getGrading(), a.getMaxPoints(), a.getPassPoints(), a.getDueAt());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
