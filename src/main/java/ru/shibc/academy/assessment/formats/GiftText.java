package ru.shibc.academy.assessment.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.shibc.academy.assessment.question.TextFormat;

/**
 * GIFT's escapes and format prefixes.
 *
 * <p>Before a question is taken apart, each escape ({@code \~ \= \# \{ \} \: \\ \n}) is replaced by
 * a character from Unicode's private use area, so that the splitting on {@code ~ = # { } :} never
 * sees an escaped control character; {@link #restore(String)} turns them back into the characters
 * they stand for once the pieces are cut.
 */
final class GiftText {

  private static final String ESCAPABLE = "\\~=#{}:n";
  private static final char FIRST_PLACEHOLDER = '\uE000';
  private static final Pattern FORMAT_PREFIX =
      Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

  private GiftText() {}

  /** The text with every escape replaced by its placeholder. */
  static String protect(String text) {
    StringBuilder protectedText = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escaped = i + 1 < text.length() ? ESCAPABLE.indexOf(text.charAt(i + 1)) : -1;
      if (c == '\\' && escaped >= 0) {
        protectedText.append((char) (FIRST_PLACEHOLDER + escaped));
        i++;
      } else {
        protectedText.append(c);
      }
    }
    return protectedText.toString();
  }

  /** The text with placeholders turned back into the characters they stand for. */
  static String restore(String text) {
    StringBuilder restored = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int index = c - FIRST_PLACEHOLDER;
      if (index >= 0 && index < ESCAPABLE.length()) {
        char original = ESCAPABLE.charAt(index);
        restored.append(original == 'n' ? '\n' : original);
      } else {
        restored.append(c);
      }
    }
    return restored.toString();
  }

  /** The format a text names with a {@code [html]}-style prefix, or null without one. */
  static TextFormat prefixFormat(String text) {
    Matcher matcher = FORMAT_PREFIX.matcher(text.strip());
    return matcher.find() ? TextFormat.fromCode(matcher.group(1).toLowerCase()) : null;
  }

  /** The text without its format prefix, restored and trimmed: ready to store. */
  static String clean(String text) {
    String stripped = text.strip();
    Matcher matcher = FORMAT_PREFIX.matcher(stripped);
    if (matcher.find()) {
      stripped = stripped.substring(matcher.end());
    }
    return restore(stripped).strip();
  }
}
