package ru.shibc.academy.roadmap.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * One table cell of the exported text: the line that opened it (after its tab) and the lines that
 * continue it. Word breaks a cell's text over lines and leaves blank lines for empty paragraphs.
 */
final class ExportedCell {

  private final int line;
  private final List<String> rawLines = new ArrayList<>();

  ExportedCell(int line, String firstLine) {
    this.line = line;
    rawLines.add(firstLine);
  }

  void continueWith(String rawLine) {
    rawLines.add(rawLine);
  }

  /** The 1-based line of the file where the cell starts. */
  int line() {
    return line;
  }

  /** The non-blank lines, each with its whitespace normalised. */
  List<String> lines() {
    return rawLines.stream().map(ExportedCell::squeeze).filter(s -> !s.isEmpty()).toList();
  }

  /** The lines joined into one text. */
  String text() {
    return join(lines());
  }

  /** Tabs, non-breaking spaces and runs of spaces become one space; the ends are trimmed. */
  static String squeeze(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /**
   * Joins lines with one space, except after a word broken at a hyphen: «информационно-» and
   * «аналитические» give «информационно-аналитические».
   */
  static String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (text.length() > 0 && !endsWithBrokenWord(text)) {
        text.append(' ');
      }
      text.append(line);
    }
    return text.toString();
  }

  private static boolean endsWithBrokenWord(CharSequence text) {
    int last = text.length() - 1;
    return last > 0 && text.charAt(last) == '-' && Character.isLetter(text.charAt(last - 1));
  }
}
