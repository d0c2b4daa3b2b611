package ru.shibc.academy.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.roadmap.seed.RoadmapSeedParser;
import ru.shibc.academy.roadmap.seed.SeedItem;
import ru.shibc.academy.roadmap.seed.SeedRoadmap;
import ru.shibc.academy.roadmap.seed.SeedSection;
import ru.shibc.academy.roadmap.seed.Timeframe;

/** The seed 2019–2021 roadmap as the application loaded it at start, read through the API. */
@ExtendWith(RunningAcademy.class)
public class RoadmapSeedLoadIT {

  private final Api department = Api.as("department");

  public static long seedId(Api api) {
    for (JsonValue v : api.get("/api/roadmaps").array()) {
      JsonObject r = v.asJsonObject();
      if ("roadmap-2019-2021".equals(r.getString("seedKey", null))) {
        return r.getJsonNumber("id").longValue();
      }
    }
    throw new AssertionError("the seed roadmap is not in the list");
  }

  private static SeedRoadmap expected() throws IOException {
    try (InputStream in = RoadmapSeedLoadIT.class.getResourceAsStream("/roadmap/roadmap-2019-2021.ru.txt")) {
      return RoadmapSeedParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Timeframe.years(2019, 2021));
    }
  }

  private static JsonObject item(JsonObject detail, String number) {
    for (JsonValue s : detail.getJsonArray("sections")) {
      for (JsonValue i : s.asJsonObject().getJsonArray("items")) {
        if (i.asJsonObject().getString("number").equals(number)) {
          return i.asJsonObject();
        }
      }
    }
    throw new AssertionError("no item " + number);
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(((jakarta.json.JsonString) v).getString()));
    return out;
  }

  private static String textOrNull(JsonObject o, String key) {
    return absent(o, key) ? null : o.getString(key);
  }

  /** JSON-B leaves null fields out. */
  static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  @Test
  void everySectionAndItemIsStoredFieldByField() throws IOException {
    SeedRoadmap seed = expected();
    JsonObject detail = department.get("/api/roadmaps/" + seedId(department)).json();
    JsonObject roadmap = detail.getJsonObject("roadmap");
    assertEquals(seed.title(), roadmap.getString("title"));
    assertEquals("приказ РОО от 15.02.2019 года № 33", roadmap.getString("approvedBy"));
    assertEquals("2019-01-01", roadmap.getString("periodStart"));
    assertEquals("2021-12-31", roadmap.getString("periodEnd"));

    JsonArray sections = detail.getJsonArray("sections");
    assertEquals(8, sections.size());
    int items = 0;
    for (int s = 0; s < 8; s++) {
      SeedSection want = seed.sections().get(s);
      JsonObject got = sections.getJsonObject(s);
      assertEquals(want.number(), got.getInt("number"));
      assertEquals(want.title(), got.getString("title"));
      JsonArray gotItems = got.getJsonArray("items");
      assertEquals(want.items().size(), gotItems.size(), "items of section " + want.number());
      for (int i = 0; i < want.items().size(); i++) {
        SeedItem w = want.items().get(i);
        JsonObject g = gotItems.getJsonObject(i);
        String at = "item " + w.number() + ": ";
        assertEquals(w.number(), g.getString("number"), at + "number");
        assertEquals(want.number(), g.getInt("section"), at + "section");
        assertEquals(w.measure(), g.getString("measure"), at + "measure");
        assertEquals(w.timeframe(), g.getString("timeframe"), at + "timeframe");
        assertEquals(w.period().start().toString(), g.getString("periodStart"), at + "periodStart");
        assertEquals(w.period().end().toString(), g.getString("periodEnd"), at + "periodEnd");
        assertEquals(
            w.period().recurrence().map(r -> r.times()).orElse(null),
            absent(g, "recurrenceTimes") ? null : g.getInt("recurrenceTimes"), at + "recurrenceTimes");
        assertEquals(
            w.period().recurrence().map(r -> r.per().name()).orElse(null), textOrNull(g, "recurrencePer"),
            at + "recurrencePer");
        assertEquals(w.executors(), strings(g.getJsonArray("executors")), at + "executors");
        assertEquals(w.documentType(), g.getString("documentType"), at + "documentType");
        assertEquals(w.expectedResult(), g.getString("expectedResult"), at + "expectedResult");
        items++;
      }
    }
    assertEquals(26, items);
  }

  @Test
  void severalItemsAreAsTheSeedWritesThem() {
    JsonObject detail = department.get("/api/roadmaps/" + seedId(department)).json();

    JsonObject i22 = item(detail, "2.2"); // written «2.2.» in the seed
    assertEquals(
        "Изучение нормативно-правовых и научно-методических документов, регулирующих деятельность школьных"
            + " информационно-библиотечных центров",
        i22.getString("measure"));
    assertEquals("2019 год", i22.getString("timeframe"));
    assertEquals("2019-01-01", i22.getString("periodStart"));
    assertEquals("2019-12-31", i22.getString("periodEnd"));
    assertTrue(absent(i22, "recurrencePer"));
    assertEquals(List.of("Районный методический кабинет", "Общеобразовательные организации"), strings(i22.getJsonArray("executors")));
    assertEquals("Протоколы совещаний", i22.getString("documentType"));

    JsonObject i41 = item(detail, "4.1");
    assertEquals(
        "Курсовая подготовка, переподготовка для сотрудников школьных информационно-библиотечных центров,"
            + " руководящих и педагогических работников общеобразовательных организаций.",
        i41.getString("measure"));
    assertEquals("2019-2021 годы", i41.getString("timeframe"));
    assertEquals("2021-12-31", i41.getString("periodEnd"));
    assertEquals("Удостоверения о повышении квалификации", i41.getString("documentType"));

    JsonObject i81 = item(detail, "8.1");
    assertEquals("Мониторинг реализации Концепции развития школьных информационно-библиотечных центров", i81.getString("measure"));
    assertEquals("2019-2021 годы, 1 раз в квартал", i81.getString("timeframe"));
    assertEquals("2019-01-01", i81.getString("periodStart"));
    assertEquals("2021-12-31", i81.getString("periodEnd"));
    assertEquals(1, i81.getInt("recurrenceTimes"));
    assertEquals("QUARTER", i81.getString("recurrencePer"));
    assertEquals(
        List.of("Отдел образования", "Районный методический кабинет", "Общеобразовательные организации"),
        strings(i81.getJsonArray("executors")));
    assertEquals(
        "Обеспечение прозрачности реализации Концепции развития школьных информационно-библиотечных центров:",
        i81.getString("expectedResult"));

    JsonObject i13 = item(detail, "1.3");
    assertEquals("2019-2021 годы, не реже 2 раз в год", i13.getString("timeframe"));
    assertEquals(2, i13.getInt("recurrenceTimes"));
    assertEquals("YEAR", i13.getString("recurrencePer"));

    JsonObject i11 = item(detail, "1.1");
    assertEquals("февраль 2019 года", i11.getString("timeframe"));
    assertEquals("2019-02-01", i11.getString("periodStart"));
    assertEquals("2019-02-28", i11.getString("periodEnd"));
  }

  @Test
  void loadingAgainChangesNothingEvenAllAtOnce() {
    Api admin = Api.as("admin");
    long id = seedId(department);
    String before = department.get("/api/roadmaps/" + id).body();
    int roadmaps = department.get("/api/roadmaps").array().size();

    List<CompletableFuture<Api.Reply>> calls =
        IntStream.range(0, 4).mapToObj(n -> CompletableFuture.supplyAsync(() -> admin.post("/api/roadmaps/seed", "{}"))).toList();
    for (CompletableFuture<Api.Reply> call : calls) {
      Api.Reply reply = call.join();
      assertEquals(200, reply.status(), reply.body());
      assertFalse(reply.json().getBoolean("loaded"));
      assertEquals(id, reply.json().getJsonNumber("roadmapId").longValue());
    }
    assertEquals(before, department.get("/api/roadmaps/" + id).body());
    assertEquals(roadmaps, department.get("/api/roadmaps").array().size());
    assertEquals(403, department.post("/api/roadmaps/seed", "{}").status(), "only an administrator may ask");
  }
}
