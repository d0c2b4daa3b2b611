package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.PageSession;
import ru.shibc.academy.it.RunningAcademy;

/**
 * The course page is what librarians open most: the number of SQL statements it costs must not
 * grow with the number of activities. Counted with the server's own statement counter.
 */
@ExtendWith(RunningAcademy.class)
class CoursePageQueriesIT {

  private final Api methodologist = Api.as("methodologist");

  @Test
  void theCoursePageCostsTheSameStatementsForSixAndForSixtyActivities() throws SQLException {
    String tag = Long.toString(System.nanoTime(), 36);
    long[] small = course("Малый курс " + tag, "МК-" + tag, 2, 3);
    long[] large = course("Большой курс " + tag, "БК-" + tag, 10, 6);
    String password = "Пароль-" + tag;
    Fixtures.Account learner = Fixtures.newLearner(password);
    for (long course : new long[] {small[0], large[0]}) {
      assertEquals(200, methodologist.post("/api/courses/" + course + "/participants",
          Json.createObjectBuilder().add("personIds", Json.createArrayBuilder().add(learner.personId())).build()).status());
    }
    Api api = Api.withToken(Api.login(learner.username(), password));
    PageSession page = PageSession.signIn(learner.username(), password);

    long apiSmall = statements(() -> api.get("/api/learning/courses/" + small[0]).status());
    long apiLarge = statements(() -> api.get("/api/learning/courses/" + large[0]).status());
    // The page opened at its first activity: without one it opens the next step and marks it
    // done, so that every view would move the learner on and cost more than the one before.
    long pageSmall = statements(() -> page.get("/courses/course.xhtml?id=" + small[0] + "&open=" + small[1]).statusCode());
    long pageLarge = statements(() -> page.get("/courses/course.xhtml?id=" + large[0] + "&open=" + large[1]).statusCode());

    assertEquals(apiSmall, apiLarge, "API course page: statements for 6 and for 60 activities");
    assertEquals(pageSmall, pageLarge, "HTML course page: statements for 6 and for 60 activities");
    assertTrue(pageLarge < 40, "the HTML course page costs " + pageLarge + " statements");
  }

  /**
   * Statements the server ran for one request, after a warm-up request of the same kind. The
   * counter is the server's, so the background jobs (the mail outbox, the attempt closer) add to
   * it now and then: the fewest of a few measurements is the request's own.
   */
  private static long statements(Supplier<Integer> request) throws SQLException {
    assertEquals(200, request.get());
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long before = questions();
      assertEquals(200, request.get());
      fewest = Math.min(fewest, questions() - before - 1); // the counter counts its own SHOW STATUS too
    }
    return fewest;
  }

  private static long questions() throws SQLException {
    try (Connection c = DriverManager.getConnection(RunningAcademy.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      r.next();
      return r.getLong(2);
    }
  }

  /** A published course; answers its id and its first activity's. */
  private long[] course(String title, String shortName, int sections, int perSection) {
    long first = 0;
    long id = methodologist.post("/api/courses", Json.createObjectBuilder()
        .add("title", title).add("shortName", shortName).add("programmeType", "QUALIFICATION_UPGRADE")
        .add("academicHours", 36).add("form", "DISTANCE").build()).json().getJsonNumber("id").longValue();
    for (int s = 0; s < sections; s++) {
      long section = methodologist.post("/api/courses/" + id + "/sections",
          Json.createObjectBuilder().add("title", "Раздел " + (s + 1)).build()).json().getJsonNumber("id").longValue();
      for (int a = 0; a < perSection; a++) {
        String kind = a % 3 == 2 ? "LINK" : "PAGE";
        var body = Json.createObjectBuilder().add("sectionId", section).add("kind", kind).add("title", "Тема " + (s + 1) + "." + (a + 1));
        if (kind.equals("LINK")) {
          body.add("url", "https://rusneb.ru/").add("required", false);
        } else {
          body.add("body", "<p>Текст темы о работе школьной библиотеки.</p>");
        }
        Api.Reply added = methodologist.post("/api/courses/" + id + "/activities", body.build());
        assertEquals(201, added.status());
        if (first == 0) {
          first = added.json().getJsonNumber("id").longValue();
        }
      }
    }
    assertEquals(200, methodologist.put("/api/courses/" + id + "/status", Json.createObjectBuilder().add("status", "PUBLISHED").build()).status());
    return new long[] {id, first};
  }
}
