package ru.shibc.academy.roadmap.report;

import java.math.BigDecimal;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.roadmap.indicator.Indicator;

/** The words a report prints, in Russian: the report is an official document of the district. */
final class ReportTexts {

  private ReportTexts() {}

  static String text(String key, Object... args) {
    return Messages.text(Messages.RUSSIAN, key, args);
  }

  static String status(String status, boolean overdue) {
    String s = text("report.status." + status);
    return overdue ? text("report.overdue") + " (" + s.toLowerCase(Messages.RUSSIAN) + ")" : s;
  }

  /** "Вебинаров проведено: 3", "Школ на этапе: 2 (13,3 % при цели 15 %)". */
  static String indicator(Indicator i) {
    StringBuilder b = new StringBuilder(i.name()).append(": ");
    b.append(i.value() == null ? "—" : number(i.value()));
    if (i.share() != null) {
      b.append(" (").append(number(i.share())).append(" %");
      if (i.targetPercent() && i.target() != null) {
        b.append(", ").append(text("report.target")).append(' ').append(number(i.target())).append(" %");
      }
      b.append(')');
    } else if (i.target() != null) {
      b.append(" (").append(text("report.target")).append(' ').append(number(i.target())).append(')');
    }
    if (i.note() != null && !i.note().isBlank()) {
      b.append("; ").append(i.note());
    }
    return b.toString();
  }

  static String number(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
