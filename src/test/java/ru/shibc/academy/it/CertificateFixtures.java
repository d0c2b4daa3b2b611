package ru.shibc.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Courses that grant certificates, and learners who complete them. */
public final class CertificateFixtures {

  private CertificateFixtures() {}

  /** A published 36-hour qualification upgrade with one required page; answers {course, page}. */
  public static long[] qualificationCourse(String prefix) {
    long course =
        CourseFixtures.id(
            CourseFixtures.newCourse(
                CourseFixtures.courseForm(CourseFixtures.shortName(prefix))
                    .add("title", "Информационная грамотность в школьной библиотеке " + prefix)
                    .add("programmeType", "QUALIFICATION_UPGRADE")
                    .add("academicHours", 36)));
    long section = CourseFixtures.addSection(course, "Итоговый раздел");
    long page = CourseFixtures.addPage(course, section, "Итоговая страница", true);
    CourseFixtures.publish(course);
    return new long[] {course, page};
  }

  /** Enrols the learner and opens the only required page: the course is complete. */
  public static void complete(CourseFixtures.Learner learner, long[] course) {
    Api.Reply enrolled = learner.api().post("/api/learning/courses/" + course[0] + "/enrol", "");
    assertEquals(201, enrolled.status(), enrolled.body());
    Api.Reply opened =
        learner.api().post("/api/learning/courses/" + course[0] + "/activities/" + course[1] + "/open", "");
    assertEquals(200, opened.status(), opened.body());
  }

  /** The learner's one certificate. */
  public static JsonObject onlyCertificate(CourseFixtures.Learner learner) {
    Api.Reply mine = learner.api().get("/api/certificates/mine");
    assertEquals(200, mine.status(), mine.body());
    assertEquals(1, mine.array().size(), mine.body());
    return mine.array().get(0).asJsonObject();
  }

  /** The code at the end of a certificate's verification URL. */
  public static String code(JsonObject certificate) {
    String url = certificate.getString("verificationUrl");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  static boolean isNull(JsonObject o, String field) {
    return !o.containsKey(field) || o.get(field) == JsonValue.NULL;
  }
}
