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

  private static void add(FacesMessage.Severity severity, String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
