package ru.shibc.academy.people.demo;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.shibc.academy.people.Cohort;
import ru.shibc.academy.people.ModelStage;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.OrganisationKind;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.PersonDetails;
import ru.shibc.academy.people.Sex;
import ru.shibc.academy.people.Snils;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Role;

/**
 * The demo district from {@code demo/district.json}: the department, the methodological office,
 * the ЦДТ, 20 schools at their model stages, their staff with accounts, and cohorts. Loaded
 * first of all demo data, and only into an empty district.
 */
@ApplicationScoped
public class DemoDistrict {

  private static final Logger LOG = Logger.getLogger(DemoDistrict.class.getName());
  private static final String FILE = "/demo/district.json";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  @Transactional
  void load(@Observes @Priority(100) DemoDataRequested request) {
    Long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    if (organisations > 0) {
      return;
    }
    JsonObject district = read();
    Map<String, Organisation> byKey = new HashMap<>();
    for (JsonValue value : district.getJsonArray("organisations")) {
      JsonObject o = value.asJsonObject();
      Organisation organisation =
          new Organisation(
              OrganisationKind.valueOf(o.getString("kind")), o.getString("name"), o.getString("shortName"));
      if (o.containsKey("modelStage")) {
        organisation.placeAtStage(
            ModelStage.valueOf(o.getString("modelStage")), date(o, "modelStageReachedOn"));
      }
      em.persist(organisation);
      byKey.put(o.getString("key"), organisation);
    }
    Map<String, Person> byUsername = new HashMap<>();
    for (JsonValue value : district.getJsonArray("people")) {
      JsonObject p = value.asJsonObject();
      PersonDetails details =
          new PersonDetails(
              p.getString("surname"),
              p.getString("name"),
              p.getString("patronymic", null),
              p.getString("position"),
              p.getString("email"),
              p.containsKey("snils") ? Snils.parse(p.getString("snils")) : null,
              date(p, "birthDate"),
              Sex.fromPatronymic(p.getString("patronymic", null)));
      Person person = new Person(details, byKey.get(p.getString("organisation")), clock.instant());
      em.persist(person);
      em.flush();
      Set<Role> roles =
          p.getJsonArray("roles").getValuesAs(JsonString.class).stream()
              .map(r -> Role.valueOf(r.getString()))
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
      Account account = new Account(p.getString("username"), person.getId(), roles, clock.instant());
      account.setPasswordHash(request.passwordHash());
      em.persist(account);
      byUsername.put(p.getString("username"), person);
    }
    for (JsonValue value : district.getJsonArray("cohorts")) {
      JsonObject c = value.asJsonObject();
      Cohort cohort = new Cohort(c.getString("name"), c.getString("description", null));
      c.getJsonArray("members").getValuesAs(JsonString.class).forEach(m -> cohort.add(byUsername.get(m.getString())));
      em.persist(cohort);
    }
    LOG.info(
        () ->
            "Demo district loaded: " + byKey.size() + " organisations, " + byUsername.size() + " people");
  }

  private static LocalDate date(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? LocalDate.parse(o.getString(key)) : null;
  }

  private static JsonObject read() {
    try (InputStream in = DemoDistrict.class.getResourceAsStream(FILE);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
