package ru.shibc.academy.certificate.web;

import jakarta.ejb.EJBException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.web.Pages;

/**
 * A change that answers something the page reports (the new number, how many were issued); like
 * {@link Pages#attempt}, a refusal becomes a message in the reader's language.
 */
final class Attempts {

  private Attempts() {}

  static <T> Optional<T> attempt(Supplier<T> change) {
    try {
      return Optional.of(change.get());
    } catch (AcademyException e) {
      Pages.refused(e);
    } catch (ConstraintViolationException e) {
      Pages.invalid(e);
    } catch (EJBException | TransactionalException e) {
      if (e.getCause() instanceof AcademyException academy) {
        Pages.refused(academy);
      } else {
        throw e;
      }
    }
    return Optional.empty();
  }

  /** A reason is required and kept to the register's 1000 characters; answers it stripped, or null. */
  static String reason(String text) {
    if (text == null || text.isBlank()) {
      Pages.error("certificates.reasonRequired");
      return null;
    }
    if (text.strip().length() > 1000) {
      Pages.error("certificates.reasonTooLong");
      return null;
    }
    return text.strip();
  }

  /** A printed blank's series and number, both optional and at most 20 characters; null if too long. */
  static ru.shibc.academy.certificate.Certificates.Blank blank(String series, String number) {
    String s = series == null || series.isBlank() ? null : series.strip();
    String n = number == null || number.isBlank() ? null : number.strip();
    if (s != null && s.length() > 20 || n != null && n.length() > 20) {
      Pages.error("certificates.blankTooLong");
      return null;
    }
    return new ru.shibc.academy.certificate.Certificates.Blank(s, n);
  }
}
