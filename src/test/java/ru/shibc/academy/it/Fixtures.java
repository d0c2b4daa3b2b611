package ru.shibc.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uniquely named data for integration tests that share one running application: every call
 * makes names, e-mails and СНИЛС that no other test (or earlier call) uses.
 */
public final class Fixtures {

  private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

  private Fixtures() {}

  /** A unique lower-case ASCII token, for e-mails, usernames and short names. */
  public static String token() {
    return Long.toString(COUNTER.incrementAndGet(), 36);
  }

  /** A unique word of Cyrillic letters only, so that it passes the person-name rules. */
  public static String cyrillicWord(String prefix) {
    long n = COUNTER.incrementAndGet();
    StringBuilder word = new StringBuilder(prefix);
    while (n > 0) {
      word.append(LETTERS.charAt((int) (n % LETTERS.length())));
      n /= LETTERS.length();
    }
    return word.toString();
  }

  /** A unique surname such as "Проверкинаабв...". */
  public static String surname() {
    return cyrillicWord("Тестова");
  }

  public static String email() {
    // A random part as well as the counter: GreenMail names each mailbox by the address's
    // hashCode, and addresses built from a counter alone reached a hash already taken, so a
    // whole test's letters were refused ("451 local error in processing").
    return "it." + token() + "." + Long.toString(RANDOM.nextLong() >>> 1, 36) + "@test.zarechye-edu.ru";
  }

  /** A СНИЛС with a correct checksum, formatted "123-456-789 01", random enough to be unique. */
  public static String snils() {
    int number = ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    String digits = Integer.toString(number);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (9 - i);
    }
    int control = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
    return digits.substring(0, 3)
        + "-"
        + digits.substring(3, 6)
        + "-"
        + digits.substring(6, 9)
        + " "
        + String.format("%02d", control);
  }

  public static String url(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The first demo school, as the API lists it. */
  public static JsonObject demoSchool() {
    return demoSchool(0);
  }

  /** The n-th demo school of GET /api/organisations?kind=SCHOOL. */
  public static JsonObject demoSchool(int n) {
    Api.Reply schools = Api.as("admin").get("/api/organisations?kind=SCHOOL");
    assertEquals(200, schools.status(), schools.body());
    return schools.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("shortName").startsWith("МБОУ") || o.getString("shortName").startsWith("МАОУ"))
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  /** A valid person form for POST /api/people, to adjust before sending. */
  public static JsonObjectBuilder personForm(long organisationId) {
    return Json.createObjectBuilder()
        .add("surname", surname())
        .add("name", "Мария")
        .add("patronymic", "Петровна")
        .add("position", "педагог-библиотекарь")
        .add("organisationId", organisationId)
        .add("email", email());
  }

  /** Creates a person in the first demo school, as the admin; answers the created person. */
  public static JsonObject newPerson() {
    Api.Reply created = Api.as("admin").post("/api/people", personForm(demoSchool().getJsonNumber("id").longValue()).build());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  /** Gives a person an account with a password and roles, as the admin. */
  public static Api.Reply saveAccount(long personId, String username, String password, String... roles) {
    JsonArrayBuilder roleList = Json.createArrayBuilder();
    for (String role : roles) {
      roleList.add(role);
    }
    JsonObjectBuilder form = Json.createObjectBuilder().add("username", username).add("roles", roleList);
    if (password != null) {
      form.add("password", password);
    }
    return Api.as("admin").put("/api/people/" + personId + "/account", form.build());
  }

  /** A person with an account. */
  public record Account(long personId, String username) {}

  /** A new person with a LEARNER account and the given password. */
  public static Account newLearner(String password) {
    JsonObject person = newPerson();
    long personId = person.getJsonNumber("id").longValue();
    String username = "it." + token();
    Api.Reply account = saveAccount(personId, username, password, "LEARNER");
    assertEquals(200, account.status(), account.body());
    return new Account(personId, username);
  }

  /** A new person with a LEARNER account; answers the username. */
  public static String newLearnerAccount(String password) {
    return newLearner(password).username();
  }

  /** The login request body. */
  public static String credentials(String username, String password) {
    return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
  }
}
