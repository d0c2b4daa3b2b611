package ru.shibc.academy.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import ru.shibc.academy.platform.i18n.Messages;

/** Small helpers for reading a request. */
public final class Requests {

  private Requests() {}

  /** The reader's language from Accept-Language: Russian unless English comes first. */
  public static Locale locale(HttpHeaders headers) {
    return headers == null ? Messages.RUSSIAN : locale(headers::getAcceptableLanguages);
  }

  public static Locale locale(Supplier<List<Locale>> acceptableLanguages) {
    try {
      return Messages.firstSupported(acceptableLanguages.get());
    } catch (RuntimeException malformedHeader) {
      return Messages.RUSSIAN;
    }
  }
}
