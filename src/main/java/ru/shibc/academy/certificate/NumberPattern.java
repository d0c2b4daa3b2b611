package ru.shibc.academy.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How registration numbers look, e.g. {@code {year}-{seq:05}} gives {@code 2026-00017}. The
 * pattern is configurable because each issuing organisation keeps its own book of numbers; it
 * must contain {@code {seq}} (or {@code {seq:0N}}) and may contain {@code {year}}.
 */
public final class NumberPattern {

  private static final Pattern TOKEN = Pattern.compile("\\{(year|seq)(?::0(\\d))?}");

  private final String pattern;

  public NumberPattern(String pattern) {
    if (pattern == null || !pattern.contains("{seq")) {
      throw new IllegalArgumentException("A registration number pattern needs {seq}: " + pattern);
    }
    Matcher m = Pattern.compile("\\{[^}]*}").matcher(pattern);
    while (m.find()) {
      if (!TOKEN.matcher(m.group()).matches()) {
        throw new IllegalArgumentException("Unknown placeholder " + m.group() + " in " + pattern);
      }
    }
    this.pattern = pattern;
  }

  /** The number for a year's sequence value. */
  public String format(int year, int seq) {
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value;
      if (m.group(1).equals("year")) {
        value = Integer.toString(year);
      } else {
        value = m.group(2) == null ? Integer.toString(seq) : String.format("%0" + m.group(2) + "d", seq);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
