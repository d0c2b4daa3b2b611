package ru.shibc.academy.roadmap.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Hand-made dashboard data inserted by JDBC (nothing in the application fills webinars or roadmap
 * items yet): two schools in 2010, a year the demo district has no data in, so every count below
 * is known.
 *
 * <pre>
 * school A: p1 педагог-библиотекарь  cert 2010-01-15 C1 36 h; cert today-1y 16 h  → CURRENT
 *           p2 заведующий библиотекой cert 2010-02-10 C2 72 h; cert today-3y+3m 16 h → DUE_SOON
 *           p3 педагог-библиотекарь  cert 2010-02-20 C1 36 h; REVOKED 2010-02-21; 8 h today-1m → OVERDUE
 *           p4 (position of its own)  nothing; ACTIVE in C1                       → NEVER
 * school B: p5 библиотекарь-…        cert 2010-04-05 C2 16 h; manual (no course) 2010-04-06 → OVERDUE
 * webinars: W1 2010-03-10 ENDED p1 p2 p5 · W2 2010-03-20 ENDED p1, p3 corrected to 0 minutes
 *           W3 2010-05-05 CANCELLED p4 · W4 2010-04-30 20:00 UTC = 2010-05-01 Yekaterinburg, ENDED, nobody
 * roadmap:  DONE · PLANNED (future) · IN_PROGRESS (future) · PLANNED (past) · IN_PROGRESS (past)
 * </pre>
 */
final class DashboardFixtures {

  final LocalDate today = Clocks.day(java.time.Instant.now());
  final String tag = Fixtures.token();
  final String positionP4 = "методист ШИБЦ " + tag;
  final String positionP5 = "библиотекарь " + tag;
  long schoolA;
  long schoolB;
  long c1;
  long c2;
  long p1;
  long p2;
  long p3;
  long p4;
  long p5;
  long roadmap;
  String c1Title;
  String p1LatestNumber;
  String p3LatestNumber;

  private int seq = 500_000 + ThreadLocalRandom.current().nextInt(400_000);

  static DashboardFixtures insert() {
    DashboardFixtures f = new DashboardFixtures();
    try (Connection db = DriverManager.getConnection(RunningAcademy.jdbcUrl())) {
      f.fill(db);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return f;
  }

  private void fill(Connection db) throws SQLException {
    schoolA = insert(db, "INSERT INTO organisations (kind, name, short_name) VALUES ('SCHOOL', ?, ?)",
        "МАОУ «Школа дашборда А» " + tag, "ДА-" + tag);
    schoolB = insert(db, "INSERT INTO organisations (kind, name, short_name) VALUES ('SCHOOL', ?, ?)",
        "МАОУ «Школа дашборда Б» " + tag, "ДБ-" + tag);
    c1Title = "Школьный информационно-библиотечный центр " + tag;
    c1 = course(db, c1Title, 36);
    c2 = course(db, "Медиаграмотность в школьной библиотеке " + tag, 72);
    p1 = person(db, "Архипова", "педагог-библиотекарь", schoolA);
    p2 = person(db, "Белова", "заведующий библиотекой", schoolA);
    p3 = person(db, "Волкова", "педагог-библиотекарь", schoolA);
    p4 = person(db, "Голубева", positionP4, schoolA);
    p5 = person(db, "Данилова", positionP5, schoolB);

    certificate(db, p1, schoolA, c1, LocalDate.of(2010, 1, 15), 36, "VALID");
    p1LatestNumber = certificate(db, p1, schoolA, c2, today.minusYears(1), 16, "VALID");
    certificate(db, p2, schoolA, c2, LocalDate.of(2010, 2, 10), 72, "VALID");
    certificate(db, p2, schoolA, c1, today.minusYears(3).plusMonths(3), 16, "VALID");
    certificate(db, p3, schoolA, c1, LocalDate.of(2010, 2, 20), 36, "VALID");
    certificate(db, p3, schoolA, c1, LocalDate.of(2010, 2, 21), 36, "REVOKED");
    p3LatestNumber = certificate(db, p3, schoolA, null, today.minusMonths(1), 8, "VALID");
    certificate(db, p5, schoolB, c2, LocalDate.of(2010, 4, 5), 16, "VALID");
    certificate(db, p5, schoolB, null, LocalDate.of(2010, 4, 6), 16, "VALID");
    update(db, "INSERT INTO enrolments (course_id, person_id, status, enrolled_at, enrolled_by) VALUES (?, ?, 'ACTIVE', NOW(6), 'it')", c1, p4);

    long w1 = webinar(db, "2010-03-10 06:00:00", "ENDED");
    attend(db, w1, p1, 60, null);
    attend(db, w1, p2, 45, null);
    attend(db, w1, p5, 30, null);
    long w2 = webinar(db, "2010-03-20 06:00:00", "ENDED");
    attend(db, w2, p1, 50, null);
    long wrong = attend(db, w2, p3, 40, null);
    attend(db, w2, p3, 0, wrong);
    long w3 = webinar(db, "2010-05-05 06:00:00", "CANCELLED");
    attend(db, w3, p4, 90, null);
    webinar(db, "2010-04-30 20:00:00", "ENDED");

    roadmap = insert(db, "INSERT INTO roadmaps (title, period_start, period_end, created_at) VALUES (?, '2019-01-01', '2030-12-31', NOW(6))",
        "Дорожная карта дашборда " + tag);
    long section = insert(db, "INSERT INTO roadmap_sections (roadmap_id, number, title) VALUES (?, 1, 'Кадры')", roadmap);
    item(db, section, "1.1", "DONE", today.minusYears(1));
    item(db, section, "1.2", "PLANNED", today.plusMonths(2));
    item(db, section, "1.3", "IN_PROGRESS", today.plusMonths(2));
    item(db, section, "1.4", "PLANNED", today.minusDays(1));
    item(db, section, "1.5", "IN_PROGRESS", today.minusMonths(3));
  }

  private long course(Connection db, String title, int hours) throws SQLException {
    return insert(db, "INSERT INTO courses (title, short_name, programme_type, academic_hours, form, status, created_at)"
        + " VALUES (?, ?, 'QUALIFICATION_UPGRADE', ?, 'DISTANCE', 'PUBLISHED', NOW(6))", title, "Д" + hours + "-" + tag, hours);
  }

  private long person(Connection db, String surname, String position, long school) throws SQLException {
    return insert(db, "INSERT INTO people (surname, name, patronymic, position, organisation_id, email, created_at)"
        + " VALUES (?, 'Анна', 'Сергеевна', ?, ?, ?, NOW(6))", surname, position, school, Fixtures.email());
  }

  private String certificate(Connection db, long person, long school, Long course, LocalDate issued, int hours, String status)
      throws SQLException {
    int n = ++seq;
    String number = issued.getYear() + "-Д" + n;
    insert(db, "INSERT INTO certificates (person_id, organisation_id, course_id, kind, origin, status, reg_year, reg_seq,"
        + " registration_number, verification_code, holder_surname, holder_name, programme_title, programme_type, academic_hours,"
        + " study_form, studied_from, studied_to, issued_on, issuer_name, issuer_city, signatories, issued_at, issued_by)"
        + " VALUES (?, ?, ?, 'QUALIFICATION_CERTIFICATE', ?, ?, ?, ?, ?, ?, 'Тестова', 'Анна', 'Программа дашборда', 'QUALIFICATION_UPGRADE',"
        + " ?, 'DISTANCE', ?, ?, ?, 'РМК', 'Заречный', 'Директор', NOW(6), 'it')",
        person, school, course, course == null ? "MANUAL" : "COMPLETION", status, issued.getYear(), n, number,
        (tag + "x" + n + "abcdefghijklmnopqrstuvwxyz234567").substring(0, 32), hours, java.sql.Date.valueOf(issued.minusDays(20)),
        java.sql.Date.valueOf(issued), java.sql.Date.valueOf(issued));
    return number;
  }

  private long webinar(Connection db, String startsAtUtc, String status) throws SQLException {
    return insert(db, "INSERT INTO webinars (uid, kind, title, starts_at, duration_minutes, time_zone, audience, status, provider,"
        + " organiser_id, created_at, updated_at) VALUES (?, 'WEBINAR', 'Вебинар о ШИБЦ', ?, 90, 'Asia/Yekaterinburg', 'ALL', ?, 'LINK',"
        + " ?, NOW(6), NOW(6))", "it-" + tag + "-" + (++seq) + "@shibc", startsAtUtc, status, p1);
  }

  private long attend(Connection db, long webinar, long person, int minutes, Long supersedes) throws SQLException {
    return insert(db, "INSERT INTO webinar_attendance (webinar_id, person_id, source, minutes, supersedes_id, recorded_by, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, 'it', NOW(6))", webinar, person, supersedes == null ? "MARKED" : "CORRECTION", minutes, supersedes);
  }

  private void item(Connection db, long section, String number, String status, LocalDate end) throws SQLException {
    insert(db, "INSERT INTO roadmap_items (roadmap_id, section_id, number, position, measure, timeframe, period_start, period_end,"
        + " executors, document_type, expected_result, status, updated_at) VALUES (?, ?, ?, 1, 'Мероприятие', 'в течение года', ?, ?,"
        + " 'Отдел образования', 'Приказ', 'Результат', ?, NOW(6))",
        roadmap, section, number, java.sql.Date.valueOf(end.minusMonths(6)), java.sql.Date.valueOf(end), status);
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    insert(db, sql, values);
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    return ru.shibc.academy.it.Jdbc.insert(db, sql, values);
  }
}
