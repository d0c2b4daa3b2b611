package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CertificateFixtures.complete;
import static ru.shibc.academy.it.CertificateFixtures.onlyCertificate;
import static ru.shibc.academy.it.CertificateFixtures.qualificationCourse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class CertificateIssuingIT {

  private final Api methodologist = Api.as("methodologist");

  @Test
  void completingAQualificationCourseIssuesOneCertificateWithTheHoldersName() {
    long[] course = qualificationCourse("УДОСТ");
    Learner learner = CourseFixtures.newLearner();
    complete(learner, course);
    // opening the page again, a retry, issues nothing more
    learner.api().post("/api/learning/courses/" + course[0] + "/activities/" + course[1] + "/open", "");

    JsonObject c = onlyCertificate(learner);
    assertEquals("VALID", c.getString("status"));
    assertEquals("QUALIFICATION_CERTIFICATE", c.getString("kind"));
    assertEquals("COMPLETION", c.getString("origin"));
    assertEquals(36, c.getInt("academicHours"));
    assertEquals(course[0], c.getJsonNumber("courseId").longValue());
    int year = LocalDate.now(ZoneId.of("Asia/Yekaterinburg")).getYear();
    assertTrue(c.getString("registrationNumber").matches(year + "-\\d{5}"), c.getString("registrationNumber"));
    assertTrue(c.getString("verificationUrl").matches(".*/verify/[a-z2-7]{32}"), c.getString("verificationUrl"));
  }

  @Test
  void aSeminarIssuesNothing() {
    long course = CourseFixtures.publishedCourse("СЕМИН");
    Learner learner = CourseFixtures.newLearner();
    Api.Reply enrolled = learner.api().post("/api/learning/courses/" + course + "/enrol", "");
    assertEquals(201, enrolled.status());
    JsonObject structure = CourseFixtures.structure(course);
    long page =
        structure.getJsonArray("sections").getJsonObject(0).getJsonArray("activities").getJsonObject(0).getJsonNumber("id")
            .longValue();
    learner.api().post("/api/learning/courses/" + course + "/activities/" + page + "/open", "");
    assertEquals(0, learner.api().get("/api/certificates/mine").array().size());
  }

  @Test
  void manualIssueNeedsACompletedEnrolmentAndHappensOnce() {
    long[] course = qualificationCourse("РУЧН");
    Learner learner = CourseFixtures.newLearner();
    Api.Reply enrolled = learner.api().post("/api/learning/courses/" + course[0] + "/enrol", "");
    long enrolmentId = enrolled.json().getJsonNumber("id").longValue();
    JsonObject form =
        Json.createObjectBuilder().add("enrolmentId", enrolmentId).add("reason", "Очная защита проекта").build();

    Api.Reply early = methodologist.post("/api/certificates", form);
    assertEquals(422, early.status(), early.body());
    assertTrue(early.isProblem());

    learner.api().post("/api/learning/courses/" + course[0] + "/activities/" + course[1] + "/open", "");
    Api.Reply twice = methodologist.post("/api/certificates", form);
    assertEquals(409, twice.status(), "the completion already issued it: " + twice.body());
    assertEquals(1, learner.api().get("/api/certificates/mine").array().size());
  }

  @Test
  void aLearnerCannotIssueOrSeeAnothersCertificate() {
    long[] course = qualificationCourse("ЧУЖОЕ");
    Learner holder = CourseFixtures.newLearner();
    complete(holder, course);
    long id = onlyCertificate(holder).getJsonNumber("id").longValue();
    Learner other = CourseFixtures.newLearner();

    assertEquals(404, other.api().get("/api/certificates/" + id).status());
    assertEquals(404, CourseFixtures.download(other.token(), "/api/certificates/" + id + "/credential").status());
    assertEquals(403, other.api().get("/api/certificates").status());
    assertEquals(
        403,
        other.api().post("/api/certificates/" + id + "/revoke", Json.createObjectBuilder().add("reason", "x").build())
            .status());
    assertEquals(200, holder.api().get("/api/certificates/" + id).status());
  }

  @Test
  void revokeOnceAndReissueOnlyAValidCertificate() {
    long[] course = qualificationCourse("АННУЛ");
    Learner learner = CourseFixtures.newLearner();
    complete(learner, course);
    long id = onlyCertificate(learner).getJsonNumber("id").longValue();
    JsonObject reason = Json.createObjectBuilder().add("reason", "Смена фамилии по заявлению").build();

    Api.Reply reissued = methodologist.post("/api/certificates/" + id + "/reissue", reason);
    assertEquals(201, reissued.status(), reissued.body());
    long fresh = reissued.json().getJsonNumber("id").longValue();
    assertEquals(id, reissued.json().getJsonNumber("replacesId").longValue());
    JsonObject old = methodologist.get("/api/certificates/" + id).json();
    assertEquals("REPLACED", old.getString("status"));
    assertEquals(fresh, old.getJsonNumber("replacedById").longValue());
    assertEquals(409, methodologist.post("/api/certificates/" + id + "/reissue", reason).status());
    assertEquals(409, methodologist.post("/api/certificates/" + id + "/revoke", reason).status());

    Api.Reply revoked = methodologist.post("/api/certificates/" + fresh + "/revoke", reason);
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals("REVOKED", revoked.json().getString("status"));
    Api.Reply again = methodologist.post("/api/certificates/" + fresh + "/revoke", reason);
    assertEquals(409, again.status());
    assertTrue(again.isProblem());
    assertEquals(409, methodologist.post("/api/certificates/" + fresh + "/reissue", reason).status());
    assertEquals(400, methodologist.post("/api/certificates/" + fresh + "/revoke", "{}").status());

    Api.Reply audit = Api.as("admin").get("/api/audit?entityType=certificate&size=50");
    assertTrue(audit.body().contains("certificate.revoke"), audit.body());
  }

  @Test
  void parallelCompletionsGetDistinctNumbersWithoutGaps() throws Exception {
    long[] course = qualificationCourse("ПАРАЛ");
    List<Learner> learners = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Learner l = CourseFixtures.newLearner();
      l.api().post("/api/learning/courses/" + course[0] + "/enrol", "");
      learners.add(l);
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Api.Reply>> opened = new ArrayList<>();
      for (Learner l : learners) {
        opened.add(
            pool.submit(
                () -> l.api().post("/api/learning/courses/" + course[0] + "/activities/" + course[1] + "/open", "")));
      }
      for (Future<Api.Reply> f : opened) {
        assertEquals(200, f.get().status(), f.get().body());
      }
    } finally {
      pool.shutdown();
    }
    for (Learner l : learners) {
      onlyCertificate(l);
    }
    // the whole year's register: numbers 1..n, each once
    int year = LocalDate.now(ZoneId.of("Asia/Yekaterinburg")).getYear();
    TreeSet<Integer> seqs = new TreeSet<>();
    int total = 0;
    for (int page = 0; ; page++) {
      JsonObject found =
          methodologist.get("/api/certificates?size=500&page=" + page + "&from=" + year + "-01-01&sort=NUMBER").json();
      for (JsonValue v : found.getJsonArray("items")) {
        String number = v.asJsonObject().getString("registrationNumber");
        if (number.startsWith(year + "-")) {
          seqs.add(Integer.parseInt(number.substring(5)));
          total++;
        }
      }
      if (found.getJsonArray("items").size() < 500) {
        break;
      }
    }
    assertEquals(total, seqs.size(), "no number twice");
    assertEquals(1, seqs.first());
    assertEquals(total, seqs.last(), "no gaps");
  }

  @Test
  void theRegisterRefusesNonsenseFilters() {
    assertEquals(400, methodologist.get("/api/certificates?status=LOST").status());
    assertEquals(400, methodologist.get("/api/certificates?from=26.11.2026").status());
    assertEquals(422, methodologist.get("/api/certificates?from=2026-12-01&to=2026-01-01").status());
    assertEquals(400, methodologist.get("/api/certificates?sort=id;drop").status());
    Api.Reply none = methodologist.get("/api/certificates?text=" + java.net.URLEncoder.encode("Несуществующая", java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, none.status());
    assertEquals(0, none.json().getInt("total"));
  }
}
