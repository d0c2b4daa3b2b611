package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import ru.shibc.academy.platform.i18n.Messages;

/** The language of the pages: Russian first, English on request, kept for the session. */
@Named("language")
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Messages.RUSSIAN;

  public Locale getLocale() {
    return locale;
  }

  public String getCode() {
    return locale.getLanguage();
  }

  /** Switches the language and shows the same page again. */
  public String change(String code) {
    locale = Messages.supported(Locale.forLanguageTag(code));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
