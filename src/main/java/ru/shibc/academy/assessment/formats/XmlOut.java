package ru.shibc.academy.assessment.formats;

/**
 * A small indenting XML writer. Texts are escaped rather than wrapped in CDATA, which would need
 * splitting wherever a text contains {@code ]]>}; characters XML 1.0 cannot carry are dropped.
 */
final class XmlOut {

  private final StringBuilder xml = new StringBuilder();
  private int depth;

  void line(String raw) {
    xml.append("  ".repeat(depth)).append(raw).append('\n');
  }

  /** Opens an element with attributes given as name, value, name, value... */
  void open(String name, String... attributes) {
    StringBuilder tag = new StringBuilder("<").append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      tag.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
    line(tag.append('>').toString());
    depth++;
  }

  void close(String name) {
    depth--;
    line("</" + name + ">");
  }

  /** An element holding only text. */
  void leaf(String name, String text) {
    line("<" + name + ">" + escape(text) + "</" + name + ">");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\r' -> escaped.append("&#13;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return xml.toString();
  }
}
