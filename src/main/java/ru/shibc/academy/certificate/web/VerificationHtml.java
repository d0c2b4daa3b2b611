package ru.shibc.academy.certificate.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.shibc.academy.certificate.Verification.Result;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.web.Html;

/**
 * The verification page as plain HTML: it is opened from a phone's camera by people without an
 * account, so it is one small self-contained page in the platform's colours, not a Faces view.
 */
final class VerificationHtml {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private VerificationHtml() {}

  static void page(HttpServletResponse response, Locale locale, Result result, String number, String surname)
      throws IOException {
    PrintWriter out = start(response, locale);
    if (result != null) {
      String status = result.status();
      out.printf("<div class=\"verdict %s\" id=\"verdict\">%s</div>%n", status.toLowerCase(Locale.ROOT),
          Html.escape(t(locale, "verify.status." + status)));
      if (result.isKnown()) {
        out.println("<dl>");
        row(out, t(locale, "verify.holder"), result.holder());
        row(out, t(locale, "verify.document"), t(locale, "certificate.kind." + result.kind()));
        row(out, t(locale, "verify.programme"), result.programme());
        row(out, t(locale, "verify.hours"), Integer.toString(result.hours()));
        row(out, t(locale, "verify.number"), result.registrationNumber());
        row(out, t(locale, "verify.issuedOn"), date(result.issuedOn()));
        row(out, t(locale, "verify.issuer"), result.issuer());
        if (result.revokedOn() != null) {
          row(out, t(locale, "verify.revokedOn"), date(result.revokedOn()));
        }
        out.println("</dl>");
      } else {
        out.printf("<p>%s</p>%n", Html.escape(t(locale, "verify.unknownHint")));
      }
    }
    out.printf("<h2>%s</h2>%n<form method=\"get\" action=\"/verify\">%n", Html.escape(t(locale, "verify.byNumber")));
    out.printf("<label for=\"number\">%s</label><input id=\"number\" name=\"number\" maxlength=\"60\" value=\"%s\" required>%n",
        Html.escape(t(locale, "verify.number")), Html.escape(number == null ? "" : number));
    out.printf("<label for=\"surname\">%s</label><input id=\"surname\" name=\"surname\" maxlength=\"100\" value=\"%s\" required>%n",
        Html.escape(t(locale, "verify.surname")), Html.escape(surname == null ? "" : surname));
    out.printf("<button type=\"submit\">%s</button></form>%n", Html.escape(t(locale, "verify.check")));
    end(out, locale);
  }

  static void tooMany(HttpServletResponse response, Locale locale) throws IOException {
    response.setStatus(429);
    PrintWriter out = start(response, locale);
    out.printf("<div class=\"verdict revoked\">%s</div>%n", Html.escape(t(locale, "verify.tooMany")));
    end(out, locale);
  }

  private static PrintWriter start(HttpServletResponse response, Locale locale) throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    PrintWriter out = response.getWriter();
    out.printf("<!DOCTYPE html>%n<html lang=\"%s\"><head><meta charset=\"UTF-8\">", locale.getLanguage());
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.printf("<title>%s</title>%n", Html.escape(t(locale, "verify.title")));
    out.println("<link rel=\"stylesheet\" href=\"/resources/css/verify.css\"></head><body>");
    out.printf("<header><a href=\"/\">%s</a></header><main>%n", Html.escape(t(locale, "app.name")));
    out.printf("<h1>%s</h1>%n", Html.escape(t(locale, "verify.title")));
    return out;
  }

  private static void end(PrintWriter out, Locale locale) {
    out.printf("</main><footer>%s</footer></body></html>%n", Html.escape(t(locale, "verify.footer")));
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf("<dt>%s</dt><dd>%s</dd>%n", Html.escape(label), Html.escape(value));
  }

  private static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  private static String t(Locale locale, String key) {
    return Messages.text(locale, key);
  }

}
