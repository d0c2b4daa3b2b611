package ru.shibc.academy.assessment.question;

import java.util.regex.Pattern;

/**
 * Matches typed words against an accepted answer the way learners expect: spaces at the ends do not
 * count, runs of spaces count as one, and Moodle's {@code *} wildcard stands for any text.
 */
final class AnswerPattern {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

  private AnswerPattern() {}

  static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  static boolean matches(String answer, String typed, boolean caseSensitive) {
    String given = normalise(typed);
    if (given.isEmpty()) {
      return false;
    }
    int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return Pattern.compile(regex(normalise(answer)), flags).matcher(given).matches();
  }

  private static String regex(String answer) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
        literal.append('*');
        i++;
      } else if (c == '*') {
        flush(literal, regex);
        regex.append(".*");
      } else {
        literal.append(c);
      }
    }
    flush(literal, regex);
    return regex.toString();
  }

  private static void flush(StringBuilder literal, StringBuilder regex) {
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }
}
