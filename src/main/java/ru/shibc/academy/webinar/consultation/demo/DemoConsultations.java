package ru.shibc.academy.webinar.consultation.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The methodologists' consultation hours for the next four weeks, as the methodological office
 * would offer them, with a few already booked by demo librarians. Written straight into the tables
 * (no e-mails for demo people); only into empty ones.
 */
@ApplicationScoped
public class DemoConsultations {

  private static final Logger LOG = Logger.getLogger(DemoConsultations.class.getName());

  private record Hours(String methodologist, DayOfWeek day, LocalTime from, int minutes, String room, List<String> topics) {}

  private record Booking(String librarian, String methodologist, int slot, String question) {}

  private static final List<Hours> HOURS =
      List.of(
          new Hours("methodologist", DayOfWeek.TUESDAY, LocalTime.of(15, 0), 30, "https://rmk.zarechye-edu.ru/room/belozerova",
              List.of(
                  "Подготовка к аттестации педагога-библиотекаря: портфолио и документы",
                  "Программа развития ШИБЦ: как описать этапы перехода школы",
                  "Подготовка к аттестации: самоанализ профессиональной деятельности",
                  "Программа развития ШИБЦ: показатели и отчёт за полугодие")),
          new Hours("methodologist", DayOfWeek.TUESDAY, LocalTime.of(15, 30), 30, "https://rmk.zarechye-edu.ru/room/belozerova",
              List.of(
                  "Зонирование пространства ШИБЦ: читальный зал, коворкинг, медиазона",
                  "Электронный каталог и учёт фонда: списание и перерегистрация",
                  "Зонирование пространства ШИБЦ: читальный зал, коворкинг, медиазона",
                  "Электронный каталог и учёт фонда: списание и перерегистрация")),
          new Hours("gladysheva.mv", DayOfWeek.THURSDAY, LocalTime.of(10, 0), 45, "https://rmk.zarechye-edu.ru/room/gladysheva",
              List.of(
                  "Медиаобразование в школьной библиотеке: уроки медиаграмотности",
                  "Продвижение чтения: проекты, клубы, читательские марафоны",
                  "Медиаобразование: проверка информации и работа с источниками",
                  "Информационная грамотность: библиотечные уроки для начальной школы")));

  private static final List<Booking> BOOKINGS =
      List.of(
          new Booking("librarian", "methodologist", 0,
              "Какие документы нужны для аттестации на первую категорию и как оформить портфолио?"),
          new Booking("lapteva.gi", "methodologist", 1,
              "Наша школа в пилотной группе: как описать этап 3.4 в программе развития ШИБЦ?"),
          new Booking("morozova.ai", "gladysheva.mv", 0,
              "Хочу провести цикл уроков медиаграмотности для 7-х классов — с чего начать?"),
          new Booking("kovaleva.ls", "gladysheva.mv", 1, null));

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private Clock clock;

  @Transactional
  void load(@Observes @Priority(360) DemoDataRequested request) {
    long slots = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM consultation_slots").getSingleResult()).longValue();
    if (slots > 0) {
      return;
    }
    Instant now = clock.instant();
    LocalDate today = Clocks.day(now);
    int made = 0;
    int booked = 0;
    for (Hours hours : HOURS) {
      Optional<Long> methodologist = person(hours.methodologist());
      if (methodologist.isEmpty()) {
        continue;
      }
      LocalDate first = today.plusDays(1).with(TemporalAdjusters.nextOrSame(hours.day()));
      for (int week = 0; week < hours.topics().size(); week++) {
        ZonedDateTime start = ZonedDateTime.of(first.plusWeeks(week), hours.from(), Clocks.DISTRICT_ZONE);
        long slotId = insertSlot(methodologist.get(), start.toInstant(), start.plusMinutes(hours.minutes()).toInstant(),
            hours.topics().get(week), hours.room(), now);
        made++;
        booked += book(hours, week, slotId, now);
      }
    }
    LOG.info("Demo consultations: " + made + " slots, " + booked + " booked");
  }

  /** Books the slot of a series if a demo booking names it (only the series' first methodologist-hours). */
  private int book(Hours hours, int week, long slotId, Instant now) {
    if (hours.from().getMinute() != 0) {
      return 0; // the half-past hours stay free, so the librarian's page has something to book
    }
    for (Booking b : BOOKINGS) {
      if (b.methodologist().equals(hours.methodologist()) && b.slot() == week) {
        Optional<Long> librarian = person(b.librarian());
        if (librarian.isPresent()) {
          em.createNativeQuery(
                  "INSERT INTO consultation_bookings (slot_id, person_id, question, status, booked_at) VALUES (?, ?, ?, 'BOOKED', ?)")
              .setParameter(1, slotId)
              .setParameter(2, librarian.get())
              .setParameter(3, b.question())
              .setParameter(4, Timestamp.from(now))
              .executeUpdate();
          em.createNativeQuery("UPDATE consultation_slots SET sequence = sequence + 1 WHERE id = ?")
              .setParameter(1, slotId)
              .executeUpdate();
          return 1;
        }
      }
    }
    return 0;
  }

  private long insertSlot(long methodologist, Instant start, Instant end, String topic, String room, Instant now) {
    em.createNativeQuery(
            "INSERT INTO consultation_slots (uid, methodologist_id, starts_at, ends_at, topic, join_url, status, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, methodologist)
        .setParameter(3, Timestamp.from(start))
        .setParameter(4, Timestamp.from(end))
        .setParameter(5, topic)
        .setParameter(6, room)
        .setParameter(7, Timestamp.from(now))
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  private Optional<Long> person(String username) {
    return accounts.byUsername(username).map(Account::getPersonId);
  }
}
