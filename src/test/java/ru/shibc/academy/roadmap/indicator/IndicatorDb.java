package ru.shibc.academy.roadmap.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * Fixture rows written straight into the running application's database, for indicators whose
 * features have no API yet (webinars, consultations) or whose data would take many API calls
 * (certificates of 2012, attempts finished on a given day). Times are written as UTC literals, as
 * the application stores them.
 */
public final class IndicatorDb implements AutoCloseable {

  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000_000) + 100_000_000);

  private final Connection c;

  public IndicatorDb() {
    try {
      c = DriverManager.getConnection(RunningAcademy.jdbcUrl());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs an insert and answers the generated id. */
  public long insert(String sql, Object... params) {
    try {
      return ru.shibc.academy.it.Jdbc.insert(c, sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String sql, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public String text(String sql, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long school(String stage, String reachedOn) {
    String name = "МБОУ СОШ индикаторы " + Fixtures.token();
    return insert("INSERT INTO organisations (kind, name, short_name, model_stage, model_stage_reached_on) VALUES ('SCHOOL', ?, ?, ?, ?)",
        name, name, stage, reachedOn);
  }

  public long office() {
    String name = "РМК индикаторы " + Fixtures.token();
    return insert("INSERT INTO organisations (kind, name, short_name) VALUES ('METHODOLOGICAL_OFFICE', ?, ?)", name, name);
  }

  public long person(long organisationId) {
    return insert("INSERT INTO people (surname, name, position, organisation_id, email, created_at)"
            + " VALUES (?, 'Мария', 'педагог-библиотекарь', ?, ?, '2011-09-01 00:00:00')",
        Fixtures.surname(), organisationId, Fixtures.email());
  }

  /** A certificate issued on a day with a status and origin. */
  public long certificate(long personId, long organisationId, String issuedOn, String status, String origin) {
    int seq = SEQ.incrementAndGet();
    return insert("INSERT INTO certificates (person_id, organisation_id, kind, origin, status, reg_year, reg_seq,"
            + " registration_number, verification_code, holder_surname, holder_name, programme_title, programme_type,"
            + " academic_hours, study_form, studied_from, studied_to, issued_on, issuer_name, issuer_city, signatories,"
            + " issued_at, issued_by) VALUES (?, ?, 'QUALIFICATION_CERTIFICATE', ?, ?, 1912, ?, ?, ?, 'Тестова', 'Мария',"
            + " 'Современная школьная библиотека', 'QUALIFICATION_UPGRADE', 36, 'DISTANCE', ?, ?, ?, 'ИМЦ', 'Заречный',"
            + " 'Директор', ?, 'it')",
        personId, organisationId, origin, status, seq, "IT-" + seq, UUID.randomUUID().toString().replace("-", ""),
        issuedOn, issuedOn, issuedOn, issuedOn + " 05:00:00");
  }

  public long externalTraining(long personId, String completedOn, int hours) {
    return insert("INSERT INTO external_trainings (person_id, provider, programme_title, academic_hours, completed_on, reason,"
            + " file_name, content_type, data, recorded_at, recorded_by) VALUES (?, 'ИРО', 'Информационно-библиотечный центр',"
            + " ?, ?, 'по документу', 'doc.pdf', 'application/pdf', ?, '2012-01-01 00:00:00', 'it')",
        personId, hours, completedOn, new byte[] {1});
  }

  public long course(String status) {
    String token = Fixtures.token();
    return insert("INSERT INTO courses (title, short_name, programme_type, academic_hours, form, status, created_at)"
            + " VALUES (?, ?, 'QUALIFICATION_UPGRADE', 36, 'DISTANCE', ?, '2011-01-01 00:00:00')",
        "Курс показателей " + token, "ind-" + token, status);
  }

  public long enrolment(long courseId, long personId, String status, String enrolledAt, String completedAt) {
    return insert("INSERT INTO enrolments (course_id, person_id, status, enrolled_at, enrolled_by, completed_at)"
            + " VALUES (?, ?, ?, ?, 'it', ?)", courseId, personId, status, enrolledAt, completedAt);
  }

  public long quiz(long courseId) {
    long section = insert("INSERT INTO course_sections (course_id, position, title) VALUES (?, 1, 'Итоговая аттестация')", courseId);
    long activity = insert("INSERT INTO course_activities (course_id, section_id, position, kind, title) VALUES (?, ?, ?, 'QUIZ', 'Тест')",
        courseId, section, SEQ.incrementAndGet() % 1000);
    insert("INSERT INTO quizzes (activity_id, course_id, grading_method, pass_percent, shuffle_questions, shuffle_answers,"
        + " one_per_page, review_after_attempt, review_after_close) VALUES (?, ?, 'HIGHEST', 60, 0, 0, 0, 'NONE', 'NONE')",
        activity, courseId);
    return activity;
  }

  public long attempt(long quizId, long courseId, long personId, int number, String state, Boolean passed, String finishedAt) {
    return insert("INSERT INTO quiz_attempts (quiz_id, course_id, person_id, number, state, started_at, finished_at, layout,"
            + " max_score, passed) VALUES (?, ?, ?, ?, ?, '2012-01-01 00:00:00', ?, '[]', 10, ?)",
        quizId, courseId, personId, number, state, finishedAt, passed);
  }

  public long webinar(String kind, String status, String startsAt, long organiserId) {
    return insert("INSERT INTO webinars (uid, kind, title, starts_at, duration_minutes, time_zone, audience, status, provider,"
            + " organiser_id, created_at, updated_at) VALUES (?, ?, 'Вебинар о ШИБЦ', ?, 60, 'Asia/Yekaterinburg', 'ALL', ?,"
            + " 'LINK', ?, '2012-01-01 00:00:00', '2012-01-01 00:00:00')",
        UUID.randomUUID().toString(), kind, startsAt, status, organiserId);
  }

  public long attendance(long webinarId, long personId, int minutes, Long supersedes) {
    return insert("INSERT INTO webinar_attendance (webinar_id, person_id, source, minutes, supersedes_id, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, 'it', '2012-06-01 00:00:00')",
        webinarId, personId, supersedes == null ? "MARKED" : "CORRECTION", minutes, supersedes);
  }

  /** A consultation slot of 30 minutes and one booking of it. */
  public long consultation(long methodologistId, String startsAt, String slotStatus, long personId, String bookingStatus) {
    long slot = insert("INSERT INTO consultation_slots (uid, methodologist_id, starts_at, ends_at, status, created_at)"
            + " VALUES (?, ?, ?, DATE_ADD(?, INTERVAL 30 MINUTE), ?, '2012-01-01 00:00:00')",
        UUID.randomUUID().toString(), methodologistId, startsAt, startsAt, slotStatus);
    return insert("INSERT INTO consultation_bookings (slot_id, person_id, status, booked_at) VALUES (?, ?, ?, '2012-01-01 00:00:00')",
        slot, personId, bookingStatus);
  }

  public long roadmap(String title, String start, String end) {
    return insert("INSERT INTO roadmaps (title, period_start, period_end, created_at) VALUES (?, ?, ?, NOW(6))", title, start, end);
  }

  public long section(long roadmapId, int number, String title) {
    return insert("INSERT INTO roadmap_sections (roadmap_id, number, title) VALUES (?, ?, ?)", roadmapId, number, title);
  }

  public long item(long roadmapId, long sectionId, String number, String measure, String status, String start, String end,
      Long responsibleId) {
    return insert("INSERT INTO roadmap_items (roadmap_id, section_id, number, position, measure, timeframe, period_start,"
            + " period_end, executors, document_type, expected_result, status, responsible_id, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Отдел образования', 'Приказ', 'Результат', ?, ?, NOW(6))",
        roadmapId, sectionId, number, SEQ.incrementAndGet() % 1000, measure, start + " — " + end, start, end, status,
        responsibleId);
  }

  public long evidence(long itemId, String title) {
    return insert("INSERT INTO roadmap_evidence (item_id, document_kind, title, file_name, content_type, size_bytes, sha256,"
            + " data, uploaded_by, uploaded_at) VALUES (?, 'ORDER', ?, 'prikaz.pdf', 'application/pdf', 1, ?, ?, 'it', NOW(6))",
        itemId, title, "0".repeat(64), new byte[] {1});
  }

  public long report(long roadmapId, int year, int quarter, int version, String generatedAt) {
    return insert("INSERT INTO monitoring_reports (roadmap_id, year, quarter, report_version, generated_at, generated_by,"
            + " snapshot_json, pdf, xlsx) VALUES (?, ?, ?, ?, ?, 'it', '{}', ?, ?)",
        roadmapId, year, quarter, version, generatedAt, new byte[] {1}, new byte[] {1});
  }

  public void execute(String sql, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
