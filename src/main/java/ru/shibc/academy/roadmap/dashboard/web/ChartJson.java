package ru.shibc.academy.roadmap.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

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

  /**
   * One builder factory for every chart: {@code Json.createObjectBuilder()} looks the JSON provider
   * up through the class loader on each call, which was most of the page's time spent on charts.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private ChartJson() {}

  /** A bar chart; {@code stacked} piles the series up, {@code horizontal} lays the bars down. */
  static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonArrayBuilder sets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonObjectBuilder set =
          JSON.createObjectBuilder().add("label", s.label()).add("data", numbers(s.values())).add("backgroundColor", s.color())
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
        JSON.createObjectBuilder()
            .add("x", JSON.createObjectBuilder().add("stacked", stacked))
            .add("y", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    if (series.stream().anyMatch(s -> "y1".equals(s.axis()))) {
      scales.add("y1", JSON.createObjectBuilder().add("position", "right").add("beginAtZero", true)
          .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false)));
    }
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("aspectRatio", horizontal ? 1.6 : 2)
            .add("scales", scales)
            .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", series.size() > 1)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", sets))
        .add("options", options)
        .build()
        .toString();
  }

  /** A doughnut of parts of a whole, each part its own colour. */
  static String doughnut(List<String> labels, List<? extends Number> values, List<String> colors) {
    JsonArrayBuilder c = JSON.createArrayBuilder();
    colors.forEach(c::add);
    return JSON.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", JSON.createObjectBuilder().add("labels", strings(labels))
            .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", c))))
        .add("options", JSON.createObjectBuilder().add("responsive", true).add("aspectRatio", 1.6)
            .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    values.forEach(v -> a.add(v.doubleValue()));
    return a;
  }
}
