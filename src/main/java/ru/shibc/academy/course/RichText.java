package ru.shibc.academy.course;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as the WYSIWYG editor sends it, cleaned on the server with jsoup's safelist: no
 * scripts, no event handlers, no javascript: links, no styles; links open safely.
 */
public final class RichText {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeTags("img")
          .addTags("hr", "s")
          .addAttributes("a", "target")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer")
          .addProtocols("a", "href", "http", "https", "mailto");

  private RichText() {}

  /** The safe part of {@code html}; null for null. */
  public static String clean(String html) {
    if (html == null) {
      return null;
    }
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", ALLOWED, output).strip();
  }

  /** Whether {@code html} has any visible text or only tags. */
  public static boolean isBlank(String html) {
    return html == null || Jsoup.parse(html).text().isBlank();
  }
}
