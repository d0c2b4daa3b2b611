package ru.shibc.academy.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the bundles {@code messages_ru} (the default) and {@code messages_en}: the same
 * bundles that the pages use as {@code #{msg}}.
 */
public final class Messages {

  public static final String BUNDLE = "ru.shibc.academy.messages";
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** Russian unless English is asked for: Russian first. */
  public static Locale supported(Locale asked) {
    return asked != null && "en".equals(asked.getLanguage()) ? ENGLISH : RUSSIAN;
  }

  /** The first supported locale of an Accept-Language list, else Russian. */
  public static Locale firstSupported(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("ru".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
        return supported(locale);
      }
    }
    return RUSSIAN;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] said = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      said[i] = args[i] instanceof Localizable l ? l.in(bundle.getLocale()) : args[i];
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(said);
  }
}
