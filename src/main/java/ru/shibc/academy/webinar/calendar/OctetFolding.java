package ru.shibc.academy.webinar.calendar;

/**
 * Folds content lines at 75 octets, as RFC 5545 §3.1 requires.
 *
 * <p>ical4j's own folding counts characters, so a Russian line of 75 characters, about 140 octets
 * in UTF-8, would pass through unfolded. This counts UTF-8 octets and breaks only between code
 * points, never inside a multi-octet character (which the RFC permits but many readers mangle). A
 * continuation line's leading space counts towards its 75.
 */
final class OctetFolding {

  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private OctetFolding() {}

  /** Folds every line of unfolded iCalendar text; lines may end in CRLF or LF. */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    for (String line : unfolded.split("\r?\n")) {
      if (!line.isEmpty()) {
        foldLine(line, out);
      }
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int length = utf8Length(codePoint);
      if (octets + length > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += length;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}
