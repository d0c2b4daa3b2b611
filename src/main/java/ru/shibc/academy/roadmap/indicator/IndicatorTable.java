package ru.shibc.academy.roadmap.indicator;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.i18n.Messages;

/** The indicator table as the XLSX and CSV files the page and the API offer. */
public final class IndicatorTable {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private IndicatorTable() {}

  public static String fileName(Period period) {
    return text("indicator.file.name", DAY.format(period.from()), DAY.format(period.to()));
  }

  public static byte[] xlsx(List<Indicator> list) {
    return TableFiles.xlsx(text("indicator.file.sheet"), header(), rows(list));
  }

  public static byte[] csv(List<Indicator> list) {
    return TableFiles.csv(header(), rows(list));
  }

  private static String[] header() {
    return new String[] {
      text("indicator.column.item"), text("indicator.column.name"), text("indicator.column.value"),
      text("indicator.column.target"), text("indicator.column.share"), text("indicator.column.base"),
      text("indicator.column.note")
    };
  }

  private static List<String[]> rows(List<Indicator> list) {
    return list.stream()
        .map(i -> new String[] {
          i.item(), i.name(), number(i.value()), i.target() == null ? "" : number(i.target()) + (i.targetPercent() ? " %" : ""),
          i.share() == null ? "" : number(i.share()) + " %", i.base() == null ? "" : String.valueOf(i.base()),
          i.note() == null ? "" : i.note()
        })
        .toList();
  }

  static String number(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }

  private static String text(String key, Object... args) {
    return Messages.text(Messages.RUSSIAN, key, args);
  }
}
