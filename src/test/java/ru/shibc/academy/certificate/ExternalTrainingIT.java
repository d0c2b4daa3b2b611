package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class ExternalTrainingIT {

  private final Api methodologist = Api.as("methodologist");

  private Api.Reply record(long person, int hours, String completedOn, String fileName, byte[] scan) {
    String query =
        "personId=" + person + "&provider=" + Fixtures.url("ИРО Свердловской области") + "&programme="
            + Fixtures.url("Медиаграмотность в школьной библиотеке") + "&hours=" + hours + "&completedOn=" + completedOn
            + "&documentNumber=662400012345&reason=" + Fixtures.url("Копия удостоверения от сотрудника")
            + "&fileName=" + Fixtures.url(fileName);
    return methodologist.send("POST", "/api/certificates/external?" + query, "application/octet-stream", scan);
  }

  private String state(long school, long person) {
    for (JsonValue v : methodologist.get("/api/certificates/cycle?organisationId=" + school).json().getJsonArray("people")) {
      JsonObject p = v.asJsonObject();
      if (p.getJsonNumber("personId").longValue() == person) {
        return p.getString("state");
      }
    }
    throw new AssertionError("no person " + person);
  }

  @Test
  void trainingElsewhereCountsForTheCycle() {
    long school = CourseFixtures.id(CourseFixtures.newSchool());
    long person = CourseFixtures.newLearnerIn(school).personId();
    assertEquals("NEVER", state(school, person));

    String lastYear = LocalDate.now().minusYears(1).toString();
    Api.Reply recorded = record(person, 72, lastYear, "удостоверение.pdf", CourseFixtures.pdf());
    assertEquals(201, recorded.status(), recorded.body());
    assertEquals("CURRENT", state(school, person));
    assertEquals(1, methodologist.get("/api/certificates/external?personId=" + person).array().size());
  }

  @Test
  void badRecordsChangeNothing() {
    long school = CourseFixtures.id(CourseFixtures.newSchool());
    long person = CourseFixtures.newLearnerIn(school).personId();
    String lastYear = LocalDate.now().minusYears(1).toString();
    assertEquals(422, record(person, 8, lastYear, "скан.pdf", CourseFixtures.pdf()).status(), "too short");
    assertEquals(422, record(person, 36, LocalDate.now().plusDays(3).toString(), "скан.pdf", CourseFixtures.pdf()).status());
    assertEquals(422, record(person, 36, lastYear, "скан.pdf", "<script>".getBytes()).status(), "not a PDF inside");
    assertEquals(400, record(person, 36, "вчера", "скан.pdf", CourseFixtures.pdf()).status());
    assertEquals(0, methodologist.get("/api/certificates/external?personId=" + person).array().size());
    assertEquals("NEVER", state(school, person));
  }
}
