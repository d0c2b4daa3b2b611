package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * What a learner sees and does in a course: the course page (structure with their own
 * completion, built in a fixed number of queries whatever the number of activities), opening an
 * activity, and the "Моё обучение" overview.
 */
@ApplicationScoped
public class Learning {

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;
  @Inject private Completions completions;
  @Inject private Assignments assignments;
  @Inject private ActivityTypes types;
  @Inject private CourseStructures structures;

  /** One activity as its learner sees it. */
  // The getters below let pages use plain EL properties: EL 5 does not know record accessors,
  // and calling them as methods costs a reflective lookup per call on the busiest page.

  public record ActivityState(
      Activity activity, boolean completed, Instant completedAt, Courses.FileInfo file, Assignments.Summary latest) {
    public Activity getActivity() {
      return activity;
    }

    public boolean isCompleted() {
      return completed;
    }

    public Courses.FileInfo getFile() {
      return file;
    }

    public Assignments.Summary getLatest() {
      return latest;
    }
  }

  public record SectionView(Section section, List<ActivityState> activities) {
    public Section getSection() {
      return section;
    }

    public List<ActivityState> getActivities() {
      return activities;
    }
  }

  /** The course page of an enrolled learner. */
  public record CourseView(
      Course course, Enrolment enrolment, List<SectionView> sections, int progressPercent, ActivityState nextStep) {
    public Course getCourse() {
      return course;
    }

    public Enrolment getEnrolment() {
      return enrolment;
    }

    public List<SectionView> getSections() {
      return sections;
    }

    public int getProgressPercent() {
      return progressPercent;
    }

    public ActivityState getNextStep() {
      return nextStep;
    }
  }

  /** A line of "Моё обучение". */
  public record MyCourse(Course course, Enrolment enrolment, int progressPercent, String nextStep, Instant nextDeadline) {}

  /**
   * Read outside a transaction: the entities come back detached, so nothing has to be compared
   * for changes at a commit (that cost more than the queries themselves).
   */
  public CourseView courseView(long courseId, long personId) {
    Course course = courses.toShow(courseId);
    Enrolment enrolment = enrolments.requireEnrolledToShow(courseId, personId);
    CourseStructures.Structure structure = structures.of(course);
    List<Section> sections = structure.sections();
    List<Activity> activities = structure.activities();
    Map<Long, ActivityCompletion> done = completions.of(courseId, personId);
    Map<Long, Courses.FileInfo> files = courses.files(courseId);
    Map<Long, Assignments.Summary> latest =
        assignments.of(courseId, personId).stream()
            .collect(Collectors.toMap(Assignments.Summary::activityId, Function.identity(), (a, b) -> a.number() >= b.number() ? a : b));
    Map<Long, List<Activity>> bySection = activities.stream().collect(Collectors.groupingBy(Activity::getSectionId));
    List<SectionView> views = new ArrayList<>();
    ActivityState next = null;
    long required = 0;
    long requiredDone = 0;
    for (Section section : sections) {
      List<ActivityState> states = new ArrayList<>();
      for (Activity a : bySection.getOrDefault(section.getId(), List.of())) {
        ActivityCompletion c = done.get(a.getId());
        ActivityState state = new ActivityState(a, c != null, c == null ? null : c.getCompletedAt(), files.get(a.getId()), latest.get(a.getId()));
        states.add(state);
        if (a.isRequired()) {
          required++;
          requiredDone += c != null ? 1 : 0;
          if (c == null && next == null) {
            next = state;
          }
        }
      }
      views.add(new SectionView(section, states));
    }
    return new CourseView(course, enrolment, views, Enrolments.percent(requiredDone, required), next);
  }

  /**
   * The learner opens an activity. Pages, files and links are completed by this; other kinds
   * only by their own rule. Opening twice changes nothing.
   */
  @Transactional
  public Activity open(long courseId, long activityId, long personId) {
    Course course = courses.get(courseId);
    enrolments.requireEnrolled(courseId, personId);
    if (course.getStatus() == CourseStatus.DRAFT) {
      throw AcademyException.invalid("course.notOpen");
    }
    Activity activity = courses.activity(courseId, activityId);
    if (types.get(activity.getKind()).completesOnView()) {
      completions.complete(activity, personId, CompletionHow.VIEWED);
    }
    return activity;
  }

  public boolean completesOnView(Activity activity) {
    return types.get(activity.getKind()).completesOnView();
  }

  /** The learner's courses in progress first, then completed ones. */
  public List<MyCourse> mine(long personId) {
    List<MyCourse> mine = new ArrayList<>();
    for (Enrolment e : enrolments.mine(personId)) {
      CourseView view = courseView(e.getCourseId(), personId);
      Instant deadline =
          view.sections().stream()
              .flatMap(s -> s.activities().stream())
              .filter(a -> !a.completed() && a.activity().getDueAt() != null)
              .map(a -> a.activity().getDueAt())
              .min(Comparator.naturalOrder())
              .orElse(null);
      mine.add(
          new MyCourse(
              view.course(), e, view.progressPercent(),
              view.nextStep() == null ? null : view.nextStep().activity().getTitle(), deadline));
    }
    mine.sort(Comparator.comparing((MyCourse m) -> m.enrolment().getStatus() == EnrolmentStatus.COMPLETED));
    return mine;
  }
}
