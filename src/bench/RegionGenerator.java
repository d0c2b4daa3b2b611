import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A region for the dashboard's benchmark (issue 7): 1,000 schools, 50,000 staff, 500,000
 * enrolments in 40 courses, 200,000 certificates, 5,000 webinars with about 200,000 attendance
 * rows (some corrected by a superseding row), and 50 roadmaps of 26 items at every status, added
 * by JDBC to the database of a running application. Everything comes from one seed: the same seed
 * gives the same region (row ids follow the rows already there). Rows go in as batched multi-row
 * INSERTs (rewriteBatchedStatements) with checks off during the load, so it takes minutes.
 * Run by src/bench/region-generate.sh. Arguments: the JDBC URL, the seed, today (yyyy-mm-dd).
 */
public class RegionGenerator {

  static final int SCHOOLS = 1_000;
  static final int STAFF_PER_SCHOOL = 50;
  static final int ENROLMENTS_PER_PERSON = 10;
  static final int COURSES = 40;
  static final int CERTIFICATES = 200_000;
  static final int WEBINARS = 5_000;
  static final int ROADMAPS = 50;
  static final int BATCH = 2_000;

  static final String[] SURNAMES = {"Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова",
    "Михайлова", "Новикова", "Федорова", "Морозова", "Волкова", "Алексеева", "Лебедева", "Семенова", "Егорова",
    "Павлова", "Козлова", "Степанова", "Николаева", "Орлова", "Андреева", "Макарова", "Никитина", "Захарова"};
  static final String[] NAMES = {"Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана",
    "Людмила", "Галина", "Марина", "Надежда", "Валентина", "Екатерина", "Юлия"};
  static final String[] PATRONYMICS = {"Ивановна", "Петровна", "Сергеевна", "Александровна", "Николаевна",
    "Викторовна", "Владимировна", "Михайловна", "Юрьевна", "Анатольевна"};
  static final String[] POSITIONS = {"педагог-библиотекарь", "заведующий библиотекой", "библиотекарь",
    "учитель русского языка и литературы", "заместитель директора по учебно-воспитательной работе"};
  static final String[] TOPICS = {"Школьный информационно-библиотечный центр: модель и стандарты",
    "Медиаграмотность школьников и работа с информацией", "Организация проектной деятельности в ШИБЦ",
    "Электронные образовательные ресурсы в школьной библиотеке", "Продвижение чтения в цифровой среде",
    "Формирование и учёт фонда учебной литературы", "Библиотечно-библиографическое обслуживание школьников",
    "Правовые основы деятельности школьной библиотеки"};
  static final String[] TOWNS = {"Каменск-Уральский", "Асбест", "Берёзовский", "Верхняя Пышма", "Ирбит", "Ревда",
    "Полевской", "Сухой Лог", "Богданович", "Камышлов"};
  static final int[] HOURS = {8, 16, 16, 36, 36, 72};

  static final Random random = new Random();
  static LocalDate today;

  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[1]);
    today = LocalDate.parse(args[2]);
    random.setSeed(seed);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(args[0])) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("SET foreign_key_checks = 0");
        s.execute("SET unique_checks = 0");
      }
      long org0 = next(db, "organisations");
      long person0 = next(db, "people");
      long course0 = next(db, "courses");
      long enrolment0 = next(db, "enrolments");
      long certificate0 = next(db, "certificates");
      long webinar0 = next(db, "webinars");
      long attendance0 = next(db, "webinar_attendance");
      long roadmap0 = next(db, "roadmaps");
      long section0 = next(db, "roadmap_sections");
      long item0 = next(db, "roadmap_items");
      String tag = Long.toString(seed, 36) + "-" + Long.toString(org0, 36);

      schools(db, org0, tag);
      people(db, org0, person0, tag);
      int[] courseHours = courses(db, course0, tag);
      enrolmentsAndCertificates(db, person0, org0, course0, courseHours, enrolment0, certificate0, tag);
      webinars(db, webinar0, person0, attendance0, tag);
      participation(db, webinar0);
      roadmaps(db, roadmap0, section0, item0, person0, tag);
      try (Statement s = db.createStatement()) {
        s.execute("SET foreign_key_checks = 1");
        s.execute("SET unique_checks = 1");
        for (String table : List.of("organisations", "people", "courses", "enrolments", "certificates", "webinars",
            "webinar_attendance", "webinar_month_participants", "roadmaps", "roadmap_sections", "roadmap_items")) {
          s.execute("ANALYZE TABLE " + table);
        }
      }
      db.commit();
    }
    System.out.printf("region generated from seed %d in %.1f s%n", seed, (System.nanoTime() - started) / 1e9);
  }

  static long next(Connection db, String table) throws Exception {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A batch writer: rows are added, sent every BATCH rows, committed as they go. */
  static final class Rows implements AutoCloseable {
    final Connection db;
    final PreparedStatement insert;
    final String table;
    int pending;
    long total;

    Rows(Connection db, String sql) throws Exception {
      this.db = db;
      this.insert = db.prepareStatement(sql);
      this.table = sql.substring(12, sql.indexOf(' ', 12));
    }

    void add(Object... values) throws Exception {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.addBatch();
      total++;
      if (++pending == BATCH) {
        flush();
      }
    }

    void flush() throws Exception {
      if (pending > 0) {
        insert.executeBatch();
        db.commit();
        pending = 0;
      }
    }

    @Override
    public void close() throws Exception {
      flush();
      insert.close();
      System.out.printf("  %-20s %,9d rows%n", table, total);
    }
  }

  static void schools(Connection db, long org0, String tag) throws Exception {
    String[] stages = {null, null, "PILOT", "ROLLOUT_FIRST", "ROLLOUT_SECOND"};
    try (Rows rows = new Rows(db, "INSERT INTO organisations (id, kind, name, short_name, model_stage, model_stage_reached_on, version)"
        + " VALUES (?, 'SCHOOL', ?, ?, ?, ?, 0)")) {
      for (int i = 0; i < SCHOOLS; i++) {
        String town = TOWNS[i % TOWNS.length];
        String stage = stages[random.nextInt(stages.length)];
        rows.add(org0 + i, "МАОУ «Средняя общеобразовательная школа № " + (i + 1) + "», г. " + town,
            "СОШ " + (i + 1) + " " + town.substring(0, 3) + " " + tag, stage,
            stage == null ? null : Date.valueOf(LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1)));
      }
    }
  }

  static void people(Connection db, long org0, long person0, String tag) throws Exception {
    try (Rows rows = new Rows(db, "INSERT INTO people (id, surname, name, patronymic, position, organisation_id, email, created_at, version)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      for (int i = 0; i < SCHOOLS * STAFF_PER_SCHOOL; i++) {
        rows.add(person0 + i, SURNAMES[random.nextInt(SURNAMES.length)], NAMES[random.nextInt(NAMES.length)],
            PATRONYMICS[random.nextInt(PATRONYMICS.length)], POSITIONS[random.nextInt(POSITIONS.length)],
            org0 + i / STAFF_PER_SCHOOL, "region." + tag + "." + i + "@shibc.example", Timestamp.from(Instant.parse("2019-01-10T05:00:00Z")));
      }
    }
  }

  static int[] courses(Connection db, long course0, String tag) throws Exception {
    int[] hours = new int[COURSES];
    try (Rows rows = new Rows(db, "INSERT INTO courses (id, title, short_name, programme_type, academic_hours, form, status,"
        + " self_enrolment, structure_version, created_at, version) VALUES (?, ?, ?, 'QUALIFICATION_UPGRADE', ?, 'DISTANCE',"
        + " 'PUBLISHED', FALSE, 0, ?, 0)")) {
      for (int i = 0; i < COURSES; i++) {
        hours[i] = HOURS[random.nextInt(HOURS.length)];
        rows.add(course0 + i, TOPICS[i % TOPICS.length] + " (поток " + (i / TOPICS.length + 1) + ")", "Р" + tag + "-" + i, hours[i],
            Timestamp.from(Instant.parse("2019-01-01T05:00:00Z")));
      }
    }
    return hours;
  }

  /**
   * Ten enrolments per person in distinct courses; every tenth person has no certificate (never
   * trained), the others four or five, from their first completed enrolments: 200,000 in all.
   */
  static void enrolmentsAndCertificates(Connection db, long person0, long org0, long course0, int[] hours,
      long enrolment0, long certificate0, String tag) throws Exception {
    int people = SCHOOLS * STAFF_PER_SCHOOL;
    int withFive = CERTIFICATES - (people - people / 10) * 4;
    Map<Integer, Integer> seq = new HashMap<>();
    long days = today.toEpochDay() - LocalDate.of(2019, 1, 1).toEpochDay();
    try (Rows enrolments = new Rows(db, "INSERT INTO enrolments (id, course_id, person_id, status, enrolled_at, enrolled_by,"
            + " completed_at, withdrawn_at, version) VALUES (?, ?, ?, ?, ?, 'region', ?, ?, 0)");
        Rows certificates = new Rows(db, "INSERT INTO certificates (id, person_id, organisation_id, course_id, enrolment_id, kind,"
            + " origin, status, reg_year, reg_seq, registration_number, verification_code, holder_surname, holder_name,"
            + " holder_patronymic, programme_title, programme_type, academic_hours, study_form, studied_from, studied_to,"
            + " issued_on, issuer_name, issuer_city, signatories, issued_at, issued_by, version)"
            + " VALUES (?, ?, ?, ?, ?, 'QUALIFICATION_CERTIFICATE', 'COMPLETION', ?, ?, ?, ?, ?, 'Иванова', 'Анна', 'Ивановна', ?,"
            + " 'QUALIFICATION_UPGRADE', ?, 'DISTANCE', ?, ?, ?, 'МАУ ДПО «Районный методический кабинет»', 'Екатеринбург',"
            + " 'Директор Н. В. Кравченко', ?, 'region', 0)")) {
      long enrolment = enrolment0;
      long certificate = certificate0;
      int fiveGiven = 0;
      for (int p = 0; p < people; p++) {
        int certs = p % 10 == 0 ? 0 : (fiveGiven < withFive && p % 10 <= 5 ? 5 : 4);
        if (certs == 5) {
          fiveGiven++;
        }
        int first = random.nextInt(COURSES);
        for (int k = 0; k < ENROLMENTS_PER_PERSON; k++) {
          int course = (first + k * 3) % COURSES;
          LocalDate enrolled = LocalDate.of(2019, 1, 1).plusDays(random.nextInt((int) days));
          String status = k < certs ? "COMPLETED" : random.nextInt(10) < 5 ? "ACTIVE" : random.nextInt(4) == 0 ? "WITHDRAWN" : "COMPLETED";
          LocalDate completed = enrolled.plusDays(14 + random.nextInt(60));
          if (completed.isAfter(today)) {
            completed = today;
          }
          enrolments.add(enrolment, course0 + course, person0 + p, status, ts(enrolled),
              "COMPLETED".equals(status) ? ts(completed) : null, "WITHDRAWN".equals(status) ? ts(completed) : null);
          if (k < certs) {
            int year = completed.getYear();
            int n = seq.merge(year, 1, Integer::sum) + 100_000;
            int roll = random.nextInt(100);
            String cs = roll < 95 ? "VALID" : roll < 98 ? "REVOKED" : "REPLACED";
            certificates.add(certificate, person0 + p, org0 + p / STAFF_PER_SCHOOL, course0 + course, enrolment, cs, year, n,
                year + "-R" + n, code(), TOPICS[course % TOPICS.length], hours[course], Date.valueOf(enrolled),
                Date.valueOf(completed), Date.valueOf(completed), ts(completed));
            certificate++;
          }
          enrolment++;
        }
      }
    }
    try (PreparedStatement counter = db.prepareStatement(
        "INSERT INTO certificate_counters (year, last_seq) VALUES (?, ?) ON DUPLICATE KEY UPDATE last_seq = GREATEST(last_seq, VALUES(last_seq))")) {
      for (var e : seq.entrySet()) {
        counter.setInt(1, e.getKey());
        counter.setInt(2, e.getValue() + 100_000);
        counter.executeUpdate();
      }
      db.commit();
    }
  }

  /** Webinars from 2019 to three months ahead; the past ones held (3% cancelled), 10-70 attending each. */
  static void webinars(Connection db, long webinar0, long person0, long attendance0, String tag) throws Exception {
    int people = SCHOOLS * STAFF_PER_SCHOOL;
    Instant start = Instant.parse("2019-01-15T06:00:00Z");
    long span = today.plusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond() - start.getEpochSecond();
    Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
    try (Rows webinars = new Rows(db, "INSERT INTO webinars (id, uid, kind, title, starts_at, duration_minutes, time_zone, audience,"
            + " status, provider, join_url, organiser_id, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, 90, 'Asia/Yekaterinburg', 'ALL', ?, 'LINK', 'https://vks.example/room', ?, ?, ?, 0)");
        Rows attendance = new Rows(db, "INSERT INTO webinar_attendance (id, webinar_id, person_id, source, joined_at, left_at,"
            + " minutes, supersedes_id, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'region', ?)")) {
      long a = attendance0;
      for (int w = 0; w < WEBINARS; w++) {
        Instant at = start.plusSeconds((long) (random.nextDouble() * span) / 900 * 900);
        boolean past = at.isBefore(now);
        String status = random.nextInt(100) < 3 ? "CANCELLED" : past ? "ENDED" : "SCHEDULED";
        webinars.add(webinar0 + w, "region-" + tag + "-" + w + "@shibc.example", random.nextInt(10) == 0 ? "MEETING" : "WEBINAR",
            "Вебинар: " + TOPICS[random.nextInt(TOPICS.length)], Timestamp.from(at), status, person0 + random.nextInt(people),
            Timestamp.from(at.minusSeconds(86_400 * 14)), Timestamp.from(at.minusSeconds(86_400 * 14)));
        if (!"ENDED".equals(status)) {
          continue;
        }
        int n = 10 + random.nextInt(61);
        int first = random.nextInt(people);
        for (int i = 0; i < n; i++) {
          long person = person0 + (first + (long) i * 997) % people;
          int minutes = 20 + random.nextInt(70);
          attendance.add(a, webinar0 + w, person, "MARKED", Timestamp.from(at), Timestamp.from(at.plusSeconds(minutes * 60L)),
              minutes, null, null, Timestamp.from(at.plusSeconds(6_000)));
          if (random.nextInt(50) == 0) {
            // a correction: the person did not attend after all
            attendance.add(a + 1, webinar0 + w, person, "CORRECTION", null, null, 0, a, "Ошибочная отметка", Timestamp.from(at.plusSeconds(86_400)));
            a++;
          }
          a++;
        }
      }
    }
  }

  /**
   * The monthly participation summary (V13) of the new webinars' attendance: the application keeps
   * it when attendance is recorded through it, and these rows were written past it. The same
   * statement as V13's backfill, for the region's webinars only.
   */
  static void participation(Connection db, long webinar0) throws Exception {
    try (PreparedStatement s = db.prepareStatement(
        "INSERT INTO webinar_month_participants (month, person_id, organisation_id, school, attended)"
            + " SELECT DATE_FORMAT(DATE_ADD(w.starts_at, INTERVAL 5 HOUR), '%Y-%m-01'), a.person_id, p.organisation_id,"
            + " o.kind = 'SCHOOL', COUNT(*) FROM webinar_attendance a JOIN webinars w ON w.id = a.webinar_id"
            + " JOIN people p ON p.id = a.person_id JOIN organisations o ON o.id = p.organisation_id"
            + " WHERE w.id >= ? AND w.status <> 'CANCELLED' AND a.minutes > 0"
            + " AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id)"
            + " GROUP BY 1, a.person_id, p.organisation_id, o.kind"
            + " ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended)")) {
      s.setLong(1, webinar0);
      System.out.printf("  %-20s %,9d rows%n", "webinar_month_participants", s.executeUpdate());
    }
    db.commit();
  }

  /** Roadmaps of 8 sections and 26 items whose periods run 2019-2027, at every status. */
  static void roadmaps(Connection db, long roadmap0, long section0, long item0, long person0, String tag) throws Exception {
    String[] statuses = {"PLANNED", "IN_PROGRESS", "DONE", "DONE"};
    Timestamp now = ts(today);
    try (Rows roadmaps = new Rows(db, "INSERT INTO roadmaps (id, title, period_start, period_end, created_at, version) VALUES (?, ?, ?, ?, ?, 0)");
        Rows sections = new Rows(db, "INSERT INTO roadmap_sections (id, roadmap_id, number, title) VALUES (?, ?, ?, ?)");
        Rows items = new Rows(db, "INSERT INTO roadmap_items (id, roadmap_id, section_id, number, position, measure, timeframe,"
            + " period_start, period_end, executors, document_type, expected_result, status, responsible_id, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Отдел образования', 'Приказ', 'Создан ШИБЦ', ?, ?, ?, 0)")) {
      long item = item0;
      for (int r = 0; r < ROADMAPS; r++) {
        int from = 2019 + random.nextInt(6);
        roadmaps.add(roadmap0 + r, "Дорожная карта создания ШИБЦ, " + TOWNS[r % TOWNS.length] + ", " + from + "–" + (from + 2) + " (" + tag + "-" + r + ")",
            Date.valueOf(LocalDate.of(from, 1, 1)), Date.valueOf(LocalDate.of(from + 2, 12, 31)), now);
        for (int s = 0; s < 8; s++) {
          sections.add(section0 + r * 8L + s, roadmap0 + r, s + 1, "Раздел " + (s + 1));
        }
        for (int i = 0; i < 26; i++) {
          LocalDate start = LocalDate.of(from, 1, 1).plusMonths(random.nextInt(30));
          items.add(item, roadmap0 + r, section0 + r * 8L + i % 8, (i % 8 + 1) + "." + (i / 8 + 1), i + 1,
              "Мероприятие " + (i + 1) + " по созданию ШИБЦ", "в течение года", Date.valueOf(start), Date.valueOf(start.plusMonths(6)),
              statuses[random.nextInt(statuses.length)], person0 + random.nextInt(SCHOOLS * STAFF_PER_SCHOOL), now);
          item++;
        }
      }
    }
  }

  static Timestamp ts(LocalDate day) {
    return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(5)));
  }

  static String code() {
    StringBuilder b = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      b.append("abcdefghijklmnopqrstuvwxyz234567".charAt(random.nextInt(32)));
    }
    return b.toString();
  }
}
