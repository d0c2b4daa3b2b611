package ru.shibc.academy.platform.i18n;

import java.util.Locale;

/** A message argument that says itself in the reader's language. */
public interface Localizable {
  String in(Locale locale);
}
