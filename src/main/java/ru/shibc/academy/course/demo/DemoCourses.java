package ru.shibc.academy.course.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityTypes;
import ru.shibc.academy.course.CompletionHow;
import ru.shibc.academy.course.Completions;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseDetails;
import ru.shibc.academy.course.CourseFile;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.course.Section;
import ru.shibc.academy.course.StudyForm;
import ru.shibc.academy.course.Submission;
import ru.shibc.academy.course.kinds.AssignmentType;
import ru.shibc.academy.course.kinds.FileType;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The demo courses from {@code demo/courses.json}, and learners at different stages: enrolled,
 * half-way, waiting for grades, completed. Loaded after the demo district, into no courses.
 */
@ApplicationScoped
public class DemoCourses {

  private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private ActivityTypes types;
  @Inject private Completions completions;
  @Inject private Accounts accounts;
  @Inject private Clock clock;

  @Transactional
  void load(@Observes @Priority(200) DemoDataRequested request) {
    if (em.createQuery("select count(c) from Course c", Long.class).getSingleResult() > 0) {
      return;
    }
    JsonObject demo = read();
    Map<String, Course> byKey = new HashMap<>();
    Map<Long, List<Activity>> activitiesByCourse = new HashMap<>();
    for (JsonValue value : demo.getJsonArray("courses")) {
      JsonObject c = value.asJsonObject();
      Course course = new Course(details(c), clock.instant());
      em.persist(course);
      em.flush();
      List<Activity> activities = new ArrayList<>();
      int s = 0;
      for (JsonValue sv : c.getJsonArray("sections")) {
        JsonObject so = sv.asJsonObject();
        Section section = new Section(course.getId(), s++, so.getString("title"), so.getString("summary", null));
        em.persist(section);
        em.flush();
        int a = 0;
        for (JsonValue av : so.getJsonArray("activities")) {
          Activity activity = activity(course, section, a++, av.asJsonObject());
          activities.add(activity);
        }
      }
      course.changeStatus(CourseStatus.valueOf(c.getString("status")));
      byKey.put(c.getString("key"), course);
      activitiesByCourse.put(course.getId(), activities);
    }
    int enrolled = 0;
    for (JsonValue value : demo.getJsonArray("enrolments")) {
      JsonObject e = value.asJsonObject();
      Course course = byKey.get(e.getString("course"));
      Long personId = accounts.byUsername(e.getString("username")).map(acc -> acc.getPersonId()).orElse(null);
      if (course == null || personId == null) {
        continue;
      }
      Instant enrolledAt =
          e.containsKey("enrolledOn")
              ? LocalDate.parse(e.getString("enrolledOn")).atTime(10, 0).atZone(Clocks.DISTRICT_ZONE).toInstant()
              : clock.instant();
      em.persist(new Enrolment(course.getId(), personId, "methodologist", enrolledAt));
      em.flush();
      progress(activitiesByCourse.get(course.getId()), personId, e.getString("progress", "NONE"), enrolledAt);
      enrolled++;
    }
    LOG.info("Demo courses loaded: " + byKey.size() + " courses, " + enrolled + " enrolments");
  }

  private Activity activity(Course course, Section section, int position, JsonObject a) {
    String kind = a.getString("kind");
    Instant due =
        a.containsKey("dueInDays") && course.getStartsOn() != null
            ? course.getStartsOn().plusDays(a.getInt("dueInDays")).atTime(23, 59).atZone(Clocks.DISTRICT_ZONE).toInstant()
            : null;
    String body =
        switch (kind) {
          case "PAGE" -> a.getString("html");
          case "ASSIGNMENT" -> a.getString("instructions");
          default -> a.getString("description", null);
        };
    ActivityDraft draft =
        new ActivityDraft(
            a.getString("title"), a.getBoolean("required", true), body, a.getString("url", null),
            a.containsKey("grading") ? Grading.valueOf(a.getString("grading")) : null,
            a.containsKey("maxPoints") ? a.getInt("maxPoints") : null,
            a.containsKey("passPoints") ? a.getInt("passPoints") : null, due);
    Activity activity = new Activity(course.getId(), section.getId(), position, kind, types.get(kind).prepare(draft));
    em.persist(activity);
    em.flush();
    if (FileType.CODE.equals(kind) && a.containsKey("text")) {
      byte[] data = a.getString("text").getBytes(StandardCharsets.UTF_8);
      em.persist(new CourseFile(activity.getId(), UploadedFiles.check(a.getString("fileName"), data, UploadedFiles.DOCUMENTS, data.length + 1L), clock.instant()));
    }
    return activity;
  }

  /** Walks a learner through the required activities as far as the demo says. */
  private void progress(List<Activity> activities, long personId, String progress, Instant enrolledAt) {
    List<Activity> required = activities.stream().filter(Activity::isRequired).toList();
    int upTo =
        switch (progress) {
          case "HALF" -> required.size() / 2;
          case "SUBMITTED", "COMPLETED" -> required.size();
          default -> 0;
        };
    Instant at = enrolledAt.plus(Duration.ofDays(2));
    for (Activity activity : required.subList(0, upTo)) {
      at = at.plus(Duration.ofDays(1));
      if (!AssignmentType.CODE.equals(activity.getKind())) {
        completions.complete(activity, personId, CompletionHow.VIEWED);
        continue;
      }
      Submission submission =
          new Submission(activity, personId, 1, "Выполненное задание: " + activity.getTitle() + ". Материалы приложены в тексте ответа.", null, at);
      em.persist(submission);
      if ("COMPLETED".equals(progress)) {
        Integer points = activity.getGrading() == Grading.POINTS ? activity.getMaxPoints() - 1 : null;
        submission.grade(true, points, "Работа выполнена полно и аккуратно. Зачтено.", "methodologist", at.plus(Duration.ofDays(2)));
        em.flush();
        completions.complete(activity, personId, CompletionHow.GRADED);
      }
    }
  }

  private static CourseDetails details(JsonObject c) {
    List<String> items = c.getJsonArray("roadmapItems").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    return new CourseDetails(
        c.getString("title"), c.getString("shortName"), c.getString("annotation", null), c.getString("category", null),
        ProgrammeType.valueOf(c.getString("programmeType")), c.getInt("academicHours"), StudyForm.valueOf(c.getString("form")),
        c.containsKey("startsOn") ? LocalDate.parse(c.getString("startsOn")) : null,
        c.containsKey("endsOn") ? LocalDate.parse(c.getString("endsOn")) : null,
        items, c.getBoolean("selfEnrolment", false), null, null);
  }

  private static JsonObject read() {
    try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/courses.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
