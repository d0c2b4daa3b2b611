package ru.shibc.academy.roadmap.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a roadmap from the text its Word table exports to, such as {@code
 * roadmap-2019-2021.ru.txt}: the heading lines, then a table of section headings and items. The
 * format and its quirks are described in {@code docs/ROADMAP-SEED.md}.
 *
 * <p>Anything it cannot place (text outside the table, an item without a section or with too few
 * cells, a timeframe of an unknown form or outside the roadmap's period) fails with an {@link
 * IllegalArgumentException} naming the line or item, rather than yielding a partial roadmap.
 */
public final class RoadmapSeedParser {

  private static final Pattern APPROVAL =
      Pattern.compile(
          "к (приказу|распоряжению|постановлению) (.+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Map<String, String> ACT_NOMINATIVE =
      Map.of("приказу", "приказ", "распоряжению", "распоряжение", "постановлению", "постановление");
  private static final Pattern ANNEX =
      Pattern.compile("приложение( .*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4}) ?[-\\u2013\\u2014] ?(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  private RoadmapSeedParser() {}

  /**
   * Reads a roadmap whose whole period is taken from the text: the years in its title («…на
   * 2019-2021 годы»), or else the first to the last year its timeframes name.
   */
  public static SeedRoadmap parse(String text) {
    return parse(text, null);
  }

  /**
   * Reads a roadmap over the given whole period, which timeframes without dates («ежеквартально»)
   * stand for and which every item's period must lie within.
   *
   * @param roadmapPeriod e.g. {@code Timeframe.years(2019, 2021)}; null to take it from the text
   */
  public static SeedRoadmap parse(String text, Timeframe roadmapPeriod) {
    Objects.requireNonNull(text, "text");
    ExportedTable table = ExportedTable.read(text);
    String approvedBy = "";
    List<String> titleLines = new ArrayList<>();
    for (String line : table.preamble()) {
      Matcher approval = APPROVAL.matcher(line);
      if (approval.matches()) {
        approvedBy =
            ACT_NOMINATIVE.get(approval.group(1).toLowerCase(Locale.ROOT))
                + " "
                + approval.group(2);
      } else if (!ANNEX.matcher(line).matches()) {
        titleLines.add(line);
      }
    }
    String title = ExportedCell.join(titleLines);
    if (title.isEmpty()) {
      throw new IllegalArgumentException("No title above the roadmap table");
    }
    List<RawSection> sections = sections(table.rows());
    Timeframe period = roadmapPeriod != null ? roadmapPeriod : period(title, sections);
    return new SeedRoadmap(title, approvedBy, build(sections, period));
  }

  private static List<RawSection> sections(List<ExportedRow> rows) {
    List<RawSection> sections = new ArrayList<>();
    Set<Integer> sectionNumbers = new HashSet<>();
    Set<String> itemNumbers = new HashSet<>();
    for (ExportedRow row : rows) {
      if (row.isHeading()) {
        if (!sectionNumbers.add(row.sectionNumber())) {
          throw new IllegalArgumentException(
              "Line " + row.line() + ": section " + row.sectionNumber() + " appears twice");
        }
        sections.add(new RawSection(row.sectionNumber(), row.headingTitle(), new ArrayList<>()));
        continue;
      }
      String number = row.itemNumber();
      if (sections.isEmpty()) {
        throw new IllegalArgumentException(
            "Line " + row.line() + ": item " + number + " comes before any section");
      }
      RawSection section = sections.get(sections.size() - 1);
      if (row.sectionNumber() != section.number()) {
        throw new IllegalArgumentException(
            "Line " + row.line() + ": item " + number + " is under section " + section.number());
      }
      if (!itemNumbers.add(number)) {
        throw new IllegalArgumentException(
            "Line " + row.line() + ": item " + number + " appears twice");
      }
      section.items().add(RawItem.of(number, row));
    }
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("The roadmap table has no sections");
    }
    return sections;
  }

  private static Timeframe period(String title, List<RawSection> sections) {
    Matcher span = YEAR_SPAN.matcher(title);
    if (span.find()) {
      return Timeframe.years(Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2)));
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (RawSection section : sections) {
      for (RawItem item : section.items()) {
        Matcher year = YEAR.matcher(item.timeframe());
        while (year.find()) {
          first = Math.min(first, Integer.parseInt(year.group(1)));
          last = Math.max(last, Integer.parseInt(year.group(1)));
        }
      }
    }
    if (first > last) {
      throw new IllegalArgumentException(
          "Cannot tell the roadmap's period: neither its title nor its timeframes name a year;"
              + " give the period");
    }
    return Timeframe.years(first, last);
  }

  private static List<SeedSection> build(List<RawSection> sections, Timeframe roadmapPeriod) {
    List<RawItem> all = sections.stream().flatMap(s -> s.items().stream()).toList();
    List<List<String>> executors =
        ExecutorNames.separate(all.stream().map(RawItem::executorLines).toList());
    List<SeedSection> built = new ArrayList<>();
    int index = 0;
    for (RawSection section : sections) {
      List<SeedItem> items = new ArrayList<>();
      for (RawItem item : section.items()) {
        items.add(item.toSeed(executors.get(index++), roadmapPeriod));
      }
      built.add(new SeedSection(section.number(), section.title(), items));
    }
    return built;
  }

  private record RawSection(int number, String title, List<RawItem> items) {}

  private record RawItem(
      String number,
      String measure,
      String timeframe,
      List<String> executorLines,
      String documentType,
      String expectedResult) {

    static RawItem of(String number, ExportedRow row) {
      List<ExportedCell> cells = new ArrayList<>(row.cells());
      if (cells.size() < ExportedRow.ITEM_CELLS - 1) {
        throw new IllegalArgumentException(
            "Line "
                + row.line()
                + ": item "
                + number
                + " has "
                + cells.size()
                + " of its "
                + ExportedRow.ITEM_CELLS
                + " cells");
      }
      String documentType = cells.size() == ExportedRow.ITEM_CELLS ? cells.get(4).text() : "";
      String measure = cells.get(1).text();
      if (measure.isEmpty()) {
        throw new IllegalArgumentException(
            "Line " + row.line() + ": item " + number + " has no measure");
      }
      return new RawItem(
          number,
          measure,
          cells.get(2).text(),
          cells.get(3).lines(),
          documentType,
          cells.get(cells.size() - 1).text());
    }

    SeedItem toSeed(List<String> executors, Timeframe roadmapPeriod) {
      Timeframe period;
      try {
        period = Timeframe.parse(timeframe, roadmapPeriod);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Item " + number + ": " + e.getMessage(), e);
      }
      if (!period.within(roadmapPeriod)) {
        throw new IllegalArgumentException(
            "Item "
                + number
                + ": timeframe «"
                + timeframe
                + "» lies outside the roadmap's period "
                + roadmapPeriod.start()
                + ".."
                + roadmapPeriod.end());
      }
      return new SeedItem(
          number, measure, timeframe, period, executors, documentType, expectedResult);
    }
  }
}
