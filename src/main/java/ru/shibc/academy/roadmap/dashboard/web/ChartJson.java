package ru.shibc.academy.roadmap.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations as JSON, which is what PrimeFaces 15's {@code p:chart value} takes (the
 * Java chart models of older versions are gone). Charts keep their aspect ratio, so they shrink
 * with a phone's screen.
 */
final class ChartJson {

  /** One series of numbers, drawn as the chart's type or as {@code type} when given. */
  record Series(String label, List<? extends Number> values, String color, String type, String axis) {
    Series(String label, List<? extends Number> values, String color) {
      this(label, values, color, null, null);
    }
  }

  static final String BLUE = "#1e5aa8";
  static final String GREEN = "#2e7d32";
  static final String AMBER = "#f9a825";
  static final String RED = "#c62828";
  static final String GREY = "#adb5bd";
  static final String TEAL = "#00838f";

  private ChartJson() {}

  /** A bar chart; {@code stacked} piles the series up, {@code horizontal} lays the bars down. */
  static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonObjectBuilder set =
          Json.createObjectBuilder().add("label", s.label()).add("data", numbers(s.values())).add("backgroundColor", s.color())
              .add("borderColor", s.color());
      if (s.type() != null) {
        set.add("type", s.type()).add("fill", false);
      }
      if (s.axis() != null) {
        set.add("yAxisID", s.axis());
      }
      sets.add(set);
    }
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", stacked))
            .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    if (series.stream().anyMatch(s -> "y1".equals(s.axis()))) {
      scales.add("y1", Json.createObjectBuilder().add("position", "right").add("beginAtZero", true)
          .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("aspectRatio", horizontal ? 1.6 : 2)
            .add("scales", scales)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", series.size() > 1)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", sets))
        .add("options", options)
        .build()
        .toString();
  }

  /** A doughnut of parts of a whole, each part its own colour. */
  static String doughnut(List<String> labels, List<? extends Number> values, List<String> colors) {
    JsonArrayBuilder c = Json.createArrayBuilder();
    colors.forEach(c::add);
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", Json.createObjectBuilder().add("labels", strings(labels))
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", c))))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("aspectRatio", 1.6)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(v -> a.add(v.doubleValue()));
    return a;
  }
}
