package ru.shibc.academy.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import ru.shibc.academy.platform.database.DatabaseDefinition;

/**
 * Public verification: what anyone holding a certificate's code (or its number and the holder's
 * surname) may learn about it. It is the platform's busiest anonymous read, so it is one indexed
 * JDBC query without the persistence context; a revocation shows at the next lookup.
 */
@ApplicationScoped
public class Verification {

  /** What the verification page tells; the holder's name is masked ("Иванова М. П."). */
  public record Result(
      String status, String holder, String programme, String kind, int hours, LocalDate issuedOn,
      String registrationNumber, String issuer, LocalDate revokedOn) {

    public static final Result UNKNOWN = new Result("UNKNOWN", null, null, null, 0, null, null, null, null);

    public boolean isKnown() {
      return !"UNKNOWN".equals(status);
    }
  }

  private static final String COLUMNS =
      "SELECT status, holder_surname, holder_name, holder_patronymic, programme_title, kind, academic_hours,"
          + " issued_on, registration_number, issuer_name, revoked_at FROM certificates";

  @Resource(lookup = DatabaseDefinition.JNDI_NAME)
  private DataSource dataSource;

  /** By verification code; anything that is not a well-formed code is simply unknown. */
  public Result byCode(String code) {
    if (!VerificationCode.isWellFormed(code)) {
      return Result.UNKNOWN;
    }
    return query(COLUMNS + " WHERE verification_code = ?", code, null);
  }

  /**
   * By registration number, which is sequential and so guessable: only with the holder's surname,
   * so that nobody can walk the register.
   */
  public Result byNumber(String number, String surname) {
    if (number == null || number.isBlank() || number.length() > 60 || surname == null || surname.isBlank()) {
      return Result.UNKNOWN;
    }
    return query(COLUMNS + " WHERE registration_number = ?", number.strip(), surname.strip());
  }

  private Result query(String sql, String key, String surname) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Result.UNKNOWN;
        }
        String holderSurname = r.getString(2);
        if (surname != null && !sameSurname(surname, holderSurname)) {
          return Result.UNKNOWN;
        }
        String masked = Certificate.masked(holderSurname, r.getString(3), r.getString(4));
        Date issued = r.getDate(8);
        java.sql.Timestamp revoked = r.getTimestamp(11);
        return new Result(
            r.getString(1), masked, r.getString(5), r.getString(6), r.getInt(7), issued.toLocalDate(), r.getString(9),
            r.getString(10), revoked == null ? null : ru.shibc.academy.platform.time.Clocks.day(revoked.toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Verification lookup failed", e);
    }
  }

  /** Surnames compare without case and with е/ё alike, as people type them. */
  static boolean sameSurname(String typed, String stored) {
    return normal(typed).equals(normal(stored));
  }

  private static String normal(String s) {
    return s.strip().toLowerCase(new Locale("ru")).replace('ё', 'е');
  }
}
