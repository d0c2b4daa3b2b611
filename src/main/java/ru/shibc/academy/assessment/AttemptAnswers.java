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
import javax.sql.DataSource;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.assessment.question.Response;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.database.DatabaseDefinition;

/**
 * The answers of attempts. Saving one is the busiest write of an attestation, so it is one short
 * JDBC transaction: it reads the attempt under a shared lock (a finish waits for it), locks the
 * answer's row, and commits before it answers. An acknowledged answer is therefore on disk, and a
 * retry with the same request key is answered from what was committed, changing nothing.
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
