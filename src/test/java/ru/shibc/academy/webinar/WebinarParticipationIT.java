package ru.shibc.academy.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * The monthly participation summary (V13) stays exactly what the attendance evidence says while
 * attendance is marked and corrected, a webinar is cancelled or moved and a person moves to
 * another school: after every step its rows equal a recount from the evidence, and the dashboard's
 * figures for whole months (read from the summary) equal those of a period counted from the
 * evidence alone (one starting before 26 October 2014, when Yekaterinburg last changed its offset).
 * The webinars are in 2016, a year no other data is in; they are put in the past by JDBC (the
 * application schedules only future ones), everything else goes through the API.
 */
@ExtendWith(RunningAcademy.class)
class WebinarParticipationIT {

  private static final String YEAR = "from=2016-01-01&to=2016-12-31";
  private static final String FROM_EVIDENCE = "from=2014-01-01&to=2016-12-31";

  private final Api admin = Api.as("admin");
  private final Api methodologist = Api.as("methodologist");
  private final Api department = Api.as("department");

  @Test
  void theSummaryFollowsMarksCorrectionsCancellationsMovesAndPeople() throws Exception {
    long schoolA = organisation("SCHOOL");
    long schoolB = organisation("SCHOOL");
    long office = organisation("METHODOLOGICAL_OFFICE");
    long p1 = person(schoolA);
    long p2 = person(schoolA);
    long p3 = person(schoolB);
    long march10 = pastWebinar("2016-03-10 06:00:00", p1, p2, p3);
    long march20 = pastWebinar("2016-03-20 06:00:00", p1);
    long april = pastWebinar("2016-04-05 06:00:00", p1);
    List<Long> people = List.of(p1, p2, p3);

    mark(march10, p1, 40, null);
    mark(march10, p2, 30, null);
    mark(march10, p3, 20, null);
    mark(march20, p1, 50, null);
    mark(april, p1, 15, null);
    assertConsistent(people);
    assertEquals(3, month("2016-03").getInt("participants"));
    assertEquals(Map.of(schoolA, 2L, schoolB, 1L), participants(schoolA, schoolB, office));

    mark(march10, p2, 0, "Отметка поставлена ошибочно: участница не подключалась");
    assertConsistent(people);
    assertEquals(Map.of(schoolA, 1L, schoolB, 1L), participants(schoolA, schoolB, office));

    mark(march10, p1, 0, "Подключение не подтвердилось по журналу комнаты");
    assertConsistent(people);
    assertEquals(2, month("2016-03").getInt("participants"), "p1 still attended on the 20th");

    assertEquals(200, methodologist.post("/api/webinars/" + march20 + "/cancel", "").status());
    assertConsistent(people);
    assertEquals(1, month("2016-03").getInt("participants"), "a cancelled webinar counts for nobody");
    assertEquals(Map.of(schoolA, 1L, schoolB, 1L), participants(schoolA, schoolB, office), "p1 attended in April");

    move(p3, office);
    assertConsistent(people);
    assertEquals(Map.of(schoolA, 1L, office, 1L), participants(schoolA, schoolB, office));
    assertEquals(0, month("2016-03").getInt("schools"), "the participant now works at an office, not a school");

    Api.Reply moved = methodologist.put("/api/webinars/" + april,
        WebinarFixtures.form("Перенесённый практикум ШИБЦ", Instant.now().plusSeconds(86_400 * 3), 60).build());
    assertEquals(200, moved.status(), moved.body());
    assertConsistent(people);
    assertEquals(0, month("2016-04").getInt("participants"), "the attendance went along to the new start");
    assertEquals(Map.of(office, 1L), participants(schoolA, schoolB, office));
  }

  /** The summary's rows of these people equal a recount from the evidence, and both paths agree. */
  private void assertConsistent(List<Long> people) throws SQLException {
    String in = people.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
    assertEquals(rows("SELECT DATE_FORMAT(DATE_ADD(w.starts_at, INTERVAL 5 HOUR), '%Y-%m-01'), a.person_id, p.organisation_id,"
            + " o.kind = 'SCHOOL', COUNT(*) FROM webinar_attendance a JOIN webinars w ON w.id = a.webinar_id"
            + " JOIN people p ON p.id = a.person_id JOIN organisations o ON o.id = p.organisation_id"
            + " WHERE a.person_id IN (" + in + ") AND w.status <> 'CANCELLED' AND a.minutes > 0"
            + " AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id)"
            + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2"),
        rows("SELECT month, person_id, organisation_id, school, attended FROM webinar_month_participants"
            + " WHERE person_id IN (" + in + ") ORDER BY month, person_id"));
    assertEquals(months(YEAR), months(FROM_EVIDENCE));
    assertEquals(participantsIn(YEAR), participantsIn(FROM_EVIDENCE));
  }

  /** The months of 2016 in the answer for a period. */
  private List<JsonValue> months(String period) {
    return department.get("/api/dashboard/webinars?" + period).json().getJsonArray("months").stream()
        .filter(m -> m.asJsonObject().getString("month").startsWith("2016")).toList();
  }

  /** Every organisation's participants in the district table for a period. */
  private Map<Long, Integer> participantsIn(String period) {
    Map<Long, Integer> out = new TreeMap<>();
    department.get("/api/dashboard/schools?" + period).json().getJsonArray("schools").stream().map(JsonValue::asJsonObject)
        .forEach(s -> out.put(s.getJsonNumber("organisationId").longValue(), s.getInt("webinarParticipants")));
    return out;
  }

  private JsonObject month(String month) {
    return department.get("/api/dashboard/webinars?" + YEAR).json().getJsonArray("months").stream()
        .map(JsonValue::asJsonObject).filter(m -> m.getString("month").equals(month)).findFirst()
        .orElse(Json.createObjectBuilder().add("month", month).add("participants", 0).add("schools", 0).build());
  }

  /** Participants per organisation with any, in 2016. */
  private Map<Long, Long> participants(long... organisations) {
    Map<Long, Long> out = new TreeMap<>();
    department.get("/api/dashboard/schools?" + YEAR).json().getJsonArray("schools").stream().map(JsonValue::asJsonObject)
        .filter(s -> java.util.Arrays.stream(organisations).anyMatch(o -> o == s.getJsonNumber("organisationId").longValue()))
        .filter(s -> s.getInt("webinarParticipants") > 0)
        .forEach(s -> out.put(s.getJsonNumber("organisationId").longValue(), (long) s.getInt("webinarParticipants")));
    return out;
  }

  private long organisation(String kind) {
    String token = Fixtures.token();
    Api.Reply created = admin.post("/api/organisations", Json.createObjectBuilder().add("kind", kind)
        .add("name", "Организация сводки участия " + token).add("shortName", "Сводка " + token).build());
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private long person(long organisation) {
    Api.Reply created = admin.post("/api/people", Fixtures.personForm(organisation).build());
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private void move(long person, long organisation) {
    JsonObject p = admin.get("/api/people/" + person).json();
    Api.Reply moved = admin.put("/api/people/" + person, Json.createObjectBuilder().add("surname", p.getString("surname"))
        .add("name", p.getString("name")).add("position", p.getString("position")).add("organisationId", organisation)
        .add("email", p.getString("email")).add("version", p.getJsonNumber("version").longValue()).build());
    assertEquals(200, moved.status(), moved.body());
  }

  private void mark(long webinar, long person, int minutes, String reason) {
    var form = Json.createObjectBuilder().add("personId", person).add("minutes", minutes);
    if (reason != null) {
      form.add("reason", reason);
    }
    Api.Reply marked = methodologist.post("/api/webinars/" + webinar + "/attendance", form.build());
    assertEquals(201, marked.status(), marked.body());
  }

  /** A webinar that has started (still scheduled, so it may be cancelled or moved), with these people registered. */
  private static long pastWebinar(String startsAtUtc, long... registered) throws SQLException {
    try (Connection db = DriverManager.getConnection(RunningAcademy.jdbcUrl())) {
      long id = insert(db, "INSERT INTO webinars (uid, kind, title, starts_at, duration_minutes, time_zone, audience, status,"
          + " provider, join_url, organiser_id, created_at, updated_at) VALUES (?, 'WEBINAR', 'Практикум ШИБЦ: каталог', ?, 90,"
          + " 'Asia/Yekaterinburg', 'ALL', 'SCHEDULED', 'LINK', 'https://telemost.yandex.ru/j/12345', ?, NOW(6), NOW(6))",
          "it-participation-" + Fixtures.token(), startsAtUtc, registered[0]);
      for (long person : registered) {
        insert(db, "INSERT INTO webinar_registrations (webinar_id, person_id, status, queued_at, registered_at)"
            + " VALUES (?, ?, 'REGISTERED', ?, ?)", id, person, startsAtUtc, startsAtUtc);
      }
      return id;
    }
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    return ru.shibc.academy.it.Jdbc.insert(db, sql, values);
  }

  private static List<String> rows(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(RunningAcademy.jdbcUrl());
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getBoolean(4) + " " + r.getLong(5));
      }
      return out;
    }
  }
}
