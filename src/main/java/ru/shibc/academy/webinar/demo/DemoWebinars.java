package ru.shibc.academy.webinar.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.Audience;
import ru.shibc.academy.webinar.Attendance;
import ru.shibc.academy.webinar.AttendanceSource;
import ru.shibc.academy.webinar.ProviderKind;
import ru.shibc.academy.webinar.Registrations;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarDraft;
import ru.shibc.academy.webinar.WebinarKind;
import ru.shibc.academy.webinar.WebinarStatus;
import ru.shibc.academy.webinar.Webinars;

/**
 * The methodologist's webinars of the past months with who attended how long, two meetings of
 * the district's methodical association, and what is coming: one webinar half full, one full
 * with a waitlist, the next association meeting.
 */
@ApplicationScoped
public class DemoWebinars {

  private static final Logger LOG = Logger.getLogger(DemoWebinars.class.getName());

  private record Topic(WebinarKind kind, String title, String description, String speakers, int minutes,
      List<String> roadmap) {}

  private static final String SPEAKER = "Белозерова Наталья Петровна, методист по библиотечному делу";

  private static final List<Topic> PAST =
      List.of(
          new Topic(WebinarKind.WEBINAR, "ШИБЦ: от школьной библиотеки к информационно-библиотечному центру",
              "Модель ШИБЦ и этапы перехода: что меняется в пространстве, фонде и работе педагога-библиотекаря."
                  + " Разбираем дорожную карту района и типичные ошибки первого года.", SPEAKER, 90, List.of("3.1")),
          new Topic(WebinarKind.WEBINAR, "Зонирование пространства ШИБЦ: читальный зал, медиазона, коворкинг",
              "Как разместить зоны в помещении 60–120 м², какая мебель нужна и что можно сделать без капитального"
                  + " ремонта. Примеры школ района.", SPEAKER, 60, List.of("3.1")),
          new Topic(WebinarKind.WEBINAR, "Электронный каталог и автоматизированная библиотечная система: с чего начать",
              "Выбор АБИС, ретроввод фонда, штрихкодирование и выдача по читательским билетам.",
              "Гладышева Марина Викторовна, педагог-библиотекарь", 75, List.of("3.2")),
          new Topic(WebinarKind.WEBINAR, "Федеральный список экстремистских материалов: сверка фонда и акт",
              "Порядок сверки, периодичность, оформление акта и журнала сверки; что проверяет прокуратура.",
              SPEAKER, 45, List.of()),
          new Topic(WebinarKind.WEBINAR, "Учебный фонд: заказ по федеральному перечню и обеспеченность",
              "Расчёт потребности, заказ учебников, учёт и обменный фонд между школами района.", SPEAKER, 60,
              List.of("3.2")),
          new Topic(WebinarKind.WEBINAR, "Читательская грамотность: библиотечные уроки для 5–7 классов",
              "Сценарии уроков смыслового чтения в ШИБЦ и совместная работа с учителями-предметниками.",
              "Архипов Сергей Викторович, педагог-библиотекарь", 60, List.of("3.1")));

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Webinars webinars;
  @Inject private Registrations registrations;
  @Inject private Attendance attendance;
  @Inject private Clock clock;

  @Transactional
  void load(@Observes @Priority(350) DemoDataRequested request) {
    if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM webinars").getSingleResult()).longValue() > 0) {
      return;
    }
    List<Long> organiser = ids("SELECT a.person_id FROM accounts a WHERE a.username = 'methodologist'");
    List<Long> staff = ids("SELECT p.id FROM people p JOIN accounts a ON a.person_id = p.id"
        + " WHERE p.position LIKE '%библиотекар%' ORDER BY p.id");
    if (organiser.isEmpty() || staff.size() < 6) {
      return;
    }
    long by = organiser.get(0);
    LocalDate today = Clocks.day(clock.instant());
    int n = 0;
    for (int i = 0; i < PAST.size(); i++) {
      Topic t = PAST.get(i);
      Instant start = at(today.minusMonths(PAST.size() - i).withDayOfMonth(10 + i), 15);
      past(t, start, by, staff.subList(0, Math.min(staff.size(), 6 + i)), i);
      n++;
    }
    int year = today.getYear();
    past(new Topic(WebinarKind.MEETING, "Заседание РМО педагогов-библиотекарей: итоги учебного года",
            "Итоги года по дорожной карте ШИБЦ, отчёты школ о переходе к модели, выборы руководителя РМО.",
            "Руководитель РМО, методист по библиотечному делу", 120, List.of("1.3")),
        at(firstPast(LocalDate.of(year, 5, 21), today), 14), by, staff, 1);
    past(new Topic(WebinarKind.MEETING, "Заседание РМО педагогов-библиотекарей: план работы на учебный год",
            "План работы РМО и ШИБЦ на учебный год, графики открытых мероприятий, наставничество.",
            "Руководитель РМО, методист по библиотечному делу", 120, List.of("1.3")),
        at(firstPast(LocalDate.of(year, 8, 27), today), 14), by, staff, 2);
    n += 2;
    long media = upcoming(new Topic(WebinarKind.WEBINAR, "Медиаграмотность и безопасный интернет: занятия в ШИБЦ",
        "Как отличить достоверный источник, проверка фактов, цифровой след. Готовые занятия для 8–9 классов.",
        SPEAKER, 60, List.of("3.1")), at(today.plusDays(5), 15), 30, by);
    staff.subList(0, 6).forEach(p -> registrations.register(media, p));
    long bookWeek = upcoming(new Topic(WebinarKind.WEBINAR, "Неделя детской книги: сценарии мероприятий в ШИБЦ",
        "Квесты, громкие чтения, встречи с авторами: сценарии, проверенные в школах района.",
        "Лаптева Галина Ивановна, педагог-библиотекарь", 60, List.of()), at(today.plusDays(12), 16), 4, by);
    staff.subList(0, 6).forEach(p -> registrations.register(bookWeek, p));
    upcoming(new Topic(WebinarKind.MEETING, "Заседание РМО педагогов-библиотекарей: промежуточные итоги",
        "Промежуточные итоги перехода школ к модели ШИБЦ, обмен опытом.", "Руководитель РМО", 120, List.of("1.3")),
        at(today.plusDays(26), 14), null, by);
    LOG.info("Demo webinars: " + n + " past, 3 upcoming");
  }

  private void past(Topic t, Instant start, long by, List<Long> people, int seed) {
    long id = webinars.record(draft(t, start, null), by, WebinarStatus.ENDED);
    Webinar w = webinars.lock(id);
    for (int k = 0; k < people.size(); k++) {
      long person = people.get(k);
      em.createNativeQuery("INSERT INTO webinar_registrations (webinar_id, person_id, status, queued_at, registered_at)"
              + " VALUES (?, ?, 'REGISTERED', ?, ?)")
          .setParameter(1, id)
          .setParameter(2, person)
          .setParameter(3, Timestamp.from(start.minusSeconds(86400L * 3 + k * 600L)))
          .setParameter(4, Timestamp.from(start.minusSeconds(86400L * 3 + k * 600L)))
          .executeUpdate();
      if ((k + seed) % 5 == 4) {
        continue; // registered and did not come
      }
      int late = ((k * 7 + seed * 3) % 4) * 5;
      int minutes = Math.max(0, t.minutes() - late - ((k + seed) % 3 == 0 ? 15 : 0));
      Instant joined = start.plusSeconds(late * 60L);
      attendance.append(w, person, AttendanceSource.MARKED, joined, joined.plusSeconds(minutes * 60L), minutes, null,
          "methodologist");
    }
  }

  private long upcoming(Topic t, Instant start, Integer capacity, long by) {
    return webinars.record(draft(t, start, capacity), by, WebinarStatus.SCHEDULED);
  }

  private static WebinarDraft draft(Topic t, Instant start, Integer capacity) {
    return new WebinarDraft(t.kind(), t.title(), t.description(), t.speakers(), start, t.minutes(), capacity,
        Audience.ALL, List.of(), List.of(), null, t.roadmap(), ProviderKind.LINK,
        "https://telemost.yandex.ru/j/" + Math.abs(t.title().hashCode()), 15);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(Clocks.DISTRICT_ZONE).toInstant();
  }

  private static LocalDate firstPast(LocalDate date, LocalDate today) {
    return date.isBefore(today) ? date : date.minusYears(1);
  }

  private List<Long> ids(String sql) {
    @SuppressWarnings("unchecked")
    List<Object> rows = em.createNativeQuery(sql).getResultList();
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }
}
