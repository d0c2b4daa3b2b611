package ru.shibc.academy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.i18n.Messages;

/** Messages on pages in the reader's language. */
public final class Pages {

  private Pages() {}

  public static Locale locale() {
    return Messages.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The application's context path, for links written by hand. */
  public static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  public static String text(String key, Object... args) {
    return Messages.text(locale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, null, text(key, args));
  }

  /** Says why the platform refused, next to the field when the refusal names one. */
  public static void refused(AcademyException e) {
    add(FacesMessage.SEVERITY_ERROR, null, text(e.messageKey(), e.args()));
    e.fieldErrors().forEach(f -> add(FacesMessage.SEVERITY_ERROR, null, text(f.messageKey(), f.args())));
  }

  /** Each failed constraint as its own message, with the field's label. */
  public static void invalid(jakarta.validation.ConstraintViolationException e) {
    e.getConstraintViolations().stream()
        .map(v -> ru.shibc.academy.platform.api.Violations.labelled(locale(), v))
        .sorted()
        .forEach(text -> add(FacesMessage.SEVERITY_ERROR, null, text));
  }

  /** Runs a change the user asked for; says why when the platform refuses. */
  public static boolean attempt(Runnable change, String doneKey, Object... args) {
    boolean done =
        attempt(
                () -> {
                  change.run();
                  return Boolean.TRUE;
                })
            .isPresent();
    if (done) {
      info(doneKey, args);
    }
    return done;
  }

  /**
   * Runs a change that answers something the page reports (a new number, a count); empty, with
   * the reason said, when the platform refuses.
   */
  public static <T> java.util.Optional<T> attempt(java.util.function.Supplier<T> change) {
    try {
      return java.util.Optional.of(change.get());
    } catch (AcademyException e) {
      refused(e);
    } catch (jakarta.validation.ConstraintViolationException e) {
      invalid(e);
    } catch (jakarta.ejb.EJBException | jakarta.transaction.TransactionalException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AcademyException academy) {
        refused(academy);
      } else {
        throw e;
      }
    }
    return java.util.Optional.empty();
  }

  private static void add(FacesMessage.Severity severity, String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
