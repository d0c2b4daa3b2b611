package ru.shibc.academy.assessment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.assessment.question.Response;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.database.DatabaseDefinition;

/**
 * The answers of attempts. Saving one is the busiest write of an attestation, so it is as short
 * as it can be. Usually it is one {@code UPDATE} in autocommit, which the server commits (redo log
 * flushed) before it answers: it changes the answer's row only if the revision is the one the
 * client replaced and the attempt, read under a shared lock in the same statement, is the
 * caller's, in progress and before its deadline. When that statement changes nothing (a retry, a
 * stale tab, a finished attempt, someone else's) or the response does not fit the question, the
 * save is done again as a transaction that reads the attempt under a shared lock (a finish waits
 * for it), locks the answer's row and says exactly what is wrong. Either way an acknowledged answer
 * is on disk, and a retry with the same request key is answered from what was committed, changing
 * nothing.
 */
@ApplicationScoped
public class AttemptAnswers {

  /** A committed save: the answer's new revision. {@code replay} when the key was seen before. */
  public record Ack(int slot, int revision, Instant savedAt, boolean replay) {}

  /** An answer as stored. */
  public record Stored(
      int slot, long questionId, String response, int revision, Instant savedAt, BigDecimal fraction,
      BigDecimal manualFraction, String gradedBy, String graderComment) {

    /** The fraction that counts: a grader's over the automatic one. */
    public BigDecimal effectiveFraction() {
      return manualFraction != null ? manualFraction : fraction;
    }
  }

  @Resource(lookup = DatabaseDefinition.JNDI_NAME)
  private DataSource dataSource;

  @Inject private QuestionCache questions;
  @Inject private Clock clock;

  private static final java.time.format.DateTimeFormatter MICROS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(java.time.ZoneOffset.UTC);

  /** Beyond this many attempts the remembered question ids are forgotten and read again. */
  private static final int MAX_LAYOUTS = 20_000;

  /**
   * The question id of each slot (index slot − 1), by attempt: fixed when the attempt starts, so
   * a save need not read it. Kept whoever asked; only the save's own statement decides whose
   * attempt it is.
   */
  private final ConcurrentHashMap<Long, long[]> layouts = new ConcurrentHashMap<>();

  /**
   * Saves a learner's response to one slot of their attempt.
   *
   * @param baseRevision the revision the client's answer replaces (0 for a first answer): a save
   *     based on an older one (another tab saved meanwhile) is refused, not silently overwritten
   * @param requestKey the client's key for this save; the same key again is a retry
   */
  public Ack save(long attemptId, long personId, int slot, String responseJson, int baseRevision, String requestKey) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      Ack fast = saveAtOnce(c, attemptId, personId, slot, responseJson, baseRevision, requestKey, now);
      if (fast != null) {
        return fast;
      }
      c.setAutoCommit(false);
      try {
        Ack ack = save(c, attemptId, personId, slot, responseJson, baseRevision, requestKey, now);
        c.commit();
        return ack;
      } catch (RuntimeException | SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Saving an answer failed", e);
    }
  }

  /**
   * The save as one statement in autocommit, or null when it changed nothing or could not be
   * tried; the caller then does the save that explains why.
   */
  private Ack saveAtOnce(
      Connection c, long attemptId, long personId, int slot, String responseJson, int baseRevision, String key,
      Instant now) throws SQLException {
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    long questionId = questionId(c, attemptId, slot);
    if (questionId == 0) {
      return null;
    }
    String normalised;
    try {
      normalised = checked(questions.get(questionId), responseJson);
    } catch (AcademyException e) {
      return null; // said by the full save, after it has checked whose attempt this is
    }
    // InnoDB takes shared locks on the rows an UPDATE's subquery reads, as the full save's
    // LOCK IN SHARE MODE does: a finish cannot slip between the check and the write.
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE attempt_answers SET response = ?, revision = revision + 1, request_key = ?, saved_at = ?"
                + " WHERE attempt_id = ? AND slot = ? AND revision = ? AND NOT (request_key <=> ?)"
                + " AND attempt_id IN (SELECT id FROM quiz_attempts WHERE id = ? AND person_id = ?"
                + " AND state = 'IN_PROGRESS' AND (deadline_at IS NULL OR deadline_at >= ?))")) {
      Timestamp at = Timestamp.from(now);
      s.setString(1, normalised);
      s.setString(2, key);
      s.setTimestamp(3, at);
      s.setLong(4, attemptId);
      s.setInt(5, slot);
      s.setInt(6, baseRevision);
      s.setString(7, key);
      s.setLong(8, attemptId);
      s.setLong(9, personId);
      // As text to the microsecond: Connector/J takes MariaDB's "5.5.5-" version prefix for a
      // server without fractional seconds and rounds a Timestamp parameter to the whole second,
      // which would let a save through up to half a second after the deadline.
      s.setString(10, MICROS.format(now));
      return s.executeUpdate() == 1 ? new Ack(slot, baseRevision + 1, now, false) : null;
    }
  }

  /** The slot's question, remembered per attempt; 0 when the attempt or the slot does not exist. */
  private long questionId(Connection c, long attemptId, int slot) throws SQLException {
    long[] ids = layouts.get(attemptId);
    if (ids == null) {
      List<long[]> rows = new ArrayList<>();
      int slots = 0;
      try (PreparedStatement s = c.prepareStatement("SELECT slot, question_id FROM attempt_answers WHERE attempt_id = ?")) {
        s.setLong(1, attemptId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new long[] {r.getInt(1), r.getLong(2)});
            slots = Math.max(slots, r.getInt(1));
          }
        }
      }
      if (rows.isEmpty()) {
        return 0;
      }
      ids = new long[slots];
      for (long[] row : rows) {
        ids[(int) row[0] - 1] = row[1];
      }
      if (layouts.size() >= MAX_LAYOUTS) {
        layouts.clear();
      }
      layouts.put(attemptId, ids);
    }
    return slot >= 1 && slot <= ids.length ? ids[slot - 1] : 0;
  }

  private Ack save(
      Connection c, long attemptId, long personId, int slot, String responseJson, int baseRevision, String key,
      Instant now) throws SQLException {
    long owner;
    String state;
    Timestamp deadline;
    try (PreparedStatement s =
        c.prepareStatement("SELECT person_id, state, deadline_at FROM quiz_attempts WHERE id = ? LOCK IN SHARE MODE")) {
      s.setLong(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw AcademyException.notFound("attempt");
        }
        owner = r.getLong(1);
        state = r.getString(2);
        deadline = r.getTimestamp(3);
      }
    }
    if (owner != personId) {
      throw AcademyException.notFound("attempt"); // another learner's attempt does not exist for you
    }
    long questionId;
    int revision;
    String storedKey;
    Timestamp savedAt;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT question_id, revision, request_key, saved_at FROM attempt_answers"
                + " WHERE attempt_id = ? AND slot = ? FOR UPDATE")) {
      s.setLong(1, attemptId);
      s.setInt(2, slot);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw AcademyException.invalid("attempt.noSuchQuestion");
        }
        questionId = r.getLong(1);
        revision = r.getInt(2);
        storedKey = r.getString(3);
        savedAt = r.getTimestamp(4);
      }
    }
    if (key.equals(storedKey)) {
      return new Ack(slot, revision, savedAt.toInstant(), true);
    }
    if (!AttemptState.IN_PROGRESS.name().equals(state)) {
      throw AcademyException.conflict("attempt.finished");
    }
    if (deadline != null && now.isAfter(deadline.toInstant())) {
      throw AcademyException.conflict("attempt.deadlinePassed");
    }
    if (revision != baseRevision) {
      throw AcademyException.conflict("attempt.answerChanged", revision);
    }
    String normalised = checked(questions.get(questionId), responseJson);
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE attempt_answers SET response = ?, revision = revision + 1, request_key = ?, saved_at = ?"
                + " WHERE attempt_id = ? AND slot = ?")) {
      s.setString(1, normalised);
      s.setString(2, key);
      s.setTimestamp(3, Timestamp.from(now));
      s.setLong(4, attemptId);
      s.setInt(5, slot);
      s.executeUpdate();
    }
    return new Ack(slot, revision + 1, now, false);
  }

  /** The response as the question's type reads it, or a 422 naming what is wrong. */
  static String checked(Question question, String responseJson) {
    try {
      Response response = QuestionJson.readResponse(responseJson);
      question.grade(response); // refuses another type's response and unknown choices
      return QuestionJson.write(response);
    } catch (IllegalArgumentException | jakarta.json.JsonException | ClassCastException | NullPointerException e) {
      throw AcademyException.invalid("attempt.badResponse");
    }
  }

  /** The answers of an attempt, by slot. */
  public List<Stored> of(long attemptId) {
    List<Stored> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT slot, question_id, response, revision, saved_at, fraction, manual_fraction, graded_by,"
                    + " grader_comment FROM attempt_answers WHERE attempt_id = ? ORDER BY slot")) {
      s.setLong(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp saved = r.getTimestamp(5);
          out.add(
              new Stored(
                  r.getInt(1), r.getLong(2), r.getString(3), r.getInt(4), saved == null ? null : saved.toInstant(),
                  r.getBigDecimal(6), r.getBigDecimal(7), r.getString(8), r.getString(9)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading answers failed", e);
    }
    return out;
  }
}
