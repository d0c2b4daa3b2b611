package ru.shibc.academy.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an attempt asks, fixed when it starts: per slot (1, 2, …) the question, its mark and the
 * order its choices are shown in. Random draws and shuffles happen once, so a resumed attempt
 * looks exactly as it did.
 */
public record AttemptLayout(List<Entry> entries) {

  /** The JSON-P provider, looked up once: {@code Json.create…} looks it up on every call. */
  private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  /** One slot. {@code order} lists choice (or matching answer) ids in display order. */
  public record Entry(int slot, long questionId, BigDecimal mark, List<Integer> order) {}

  public Entry slot(int slot) {
    if (slot < 1 || slot > entries.size()) {
      return null;
    }
    return entries.get(slot - 1);
  }

  public BigDecimal maxScore() {
    return entries.stream().map(Entry::mark).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String toJson() {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Entry e : entries) {
      JsonArrayBuilder order = JSON.createArrayBuilder();
      e.order().forEach(order::add);
      array.add(
          JSON.createObjectBuilder()
              .add("slot", e.slot())
              .add("questionId", e.questionId())
              .add("mark", e.mark())
              .add("order", order));
    }
    return array.build().toString();
  }

  public static AttemptLayout fromJson(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return new AttemptLayout(
          reader.readArray().stream()
              .map(JsonValue::asJsonObject)
              .map(
                  (JsonObject o) ->
                      new Entry(
                          o.getInt("slot"), o.getJsonNumber("questionId").longValue(),
                          o.getJsonNumber("mark").bigDecimalValue(),
                          o.getJsonArray("order").getValuesAs(jakarta.json.JsonNumber.class).stream()
                              .map(jakarta.json.JsonNumber::intValue)
                              .toList()))
              .toList());
    }
  }
}
