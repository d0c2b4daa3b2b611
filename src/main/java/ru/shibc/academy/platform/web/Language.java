package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.shibc.academy.platform.i18n.Messages;

/** The language of the pages: Russian first, English on request, kept for the session. */
@Named("language")
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The posted field with the page's own query (layout.xhtml). */
  static final String QUERY = "query";

  /** A query as pages write them: parameters, never a line break, a quote or another address. */
  private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9_.~%+=&-]{0,2000}");

  private Locale locale = Messages.RUSSIAN;

  public Locale getLocale() {
    return locale;
  }

  public String getCode() {
    return locale.getLanguage();
  }

  /**
   * The query of the address this page was asked for, posted back with the language links so that
   * a page without view parameters (the stateless course page) is shown again with its own.
   */
  public String getQuery() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String query = ((HttpServletRequest) external.getRequest()).getQueryString();
    if (query == null) {
      query = external.getRequestParameterMap().get(QUERY);
    }
    return safeQuery(query);
  }

  /** The query itself if it is one pages write, else none. */
  static String safeQuery(String query) {
    return query == null || !SAFE_QUERY.matcher(query).matches() ? "" : query;
  }

  /** Switches the language and shows the same page again. */
  public String change(String code) {
    locale = Messages.supported(Locale.forLanguageTag(code));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    String viewId = faces.getViewRoot().getViewId();
    if (ViewMetadata.hasMetadata(faces.getViewRoot())) {
      return viewId + "?faces-redirect=true&includeViewParams=true";
    }
    ExternalContext external = faces.getExternalContext();
    String query = getQuery();
    try {
      external.redirect(external.getRequestContextPath() + viewId + (query.isEmpty() ? "" : "?" + query));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }
}
