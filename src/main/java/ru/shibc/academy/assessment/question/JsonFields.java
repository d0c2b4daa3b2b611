package ru.shibc.academy.assessment.question;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of one JSON object: every field is checked for its JSON type, and a field the
 * reader did not ask for is an error, so that a typo in stored JSON is found, not silently lost.
 */
final class JsonFields {

  private final JsonObject object;
  private final String where;
  private final Set<String> read = new HashSet<>();

  JsonFields(JsonValue value, String where) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    this.object = value.asJsonObject();
    this.where = where;
  }

  String string(String field) {
    JsonValue value = required(field);
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType(field, "a string");
    }
    return ((JsonString) value).getString();
  }

  String string(String field, String otherwise) {
    return has(field) ? string(field) : otherwise;
  }

  boolean bool(String field, boolean otherwise) {
    if (!has(field)) {
      return otherwise;
    }
    Boolean value = nullableBool(field);
    if (value == null) {
      throw wrongType(field, "true or false");
    }
    return value;
  }

  boolean bool(String field) {
    required(field);
    return bool(field, false);
  }

  /** True, false, or null for JSON null; the field itself must be there. */
  Boolean nullableBool(String field) {
    JsonValue value = required(field);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw wrongType(field, "true, false or null");
  }

  BigDecimal decimal(String field, BigDecimal otherwise) {
    return has(field) ? decimal(field) : otherwise;
  }

  BigDecimal decimal(String field) {
    BigDecimal value = nullableDecimal(field);
    if (value == null) {
      throw wrongType(field, "a number");
    }
    return value;
  }

  /** A number, or null for JSON null; the field itself must be there. */
  BigDecimal nullableDecimal(String field) {
    JsonValue value = required(field);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw wrongType(field, "a number");
    }
    return ((JsonNumber) value).bigDecimalValue();
  }

  int integer(String field) {
    Integer value = nullableInteger(field);
    if (value == null) {
      throw wrongType(field, "an integer");
    }
    return value;
  }

  Integer nullableInteger(String field) {
    BigDecimal value = nullableDecimal(field);
    if (value == null) {
      return null;
    }
    return integerOf(value, field);
  }

  List<JsonValue> array(String field) {
    JsonValue value = required(field);
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw wrongType(field, "an array");
    }
    return new ArrayList<>((JsonArray) value);
  }

  List<Integer> integers(String field) {
    List<Integer> numbers = new ArrayList<>();
    for (JsonValue value : array(field)) {
      if (value.getValueType() != JsonValue.ValueType.NUMBER) {
        throw wrongType(field, "an array of integers");
      }
      numbers.add(integerOf(((JsonNumber) value).bigDecimalValue(), field));
    }
    return numbers;
  }

  /** Fails on any field of the object that was never read. */
  void checkNoOthers() {
    for (String field : object.keySet()) {
      if (!read.contains(field)) {
        throw new IllegalArgumentException(where + " has an unknown field \"" + field + "\"");
      }
    }
  }

  private boolean has(String field) {
    read.add(field);
    return object.containsKey(field);
  }

  private JsonValue required(String field) {
    read.add(field);
    JsonValue value = object.get(field);
    if (value == null) {
      throw new IllegalArgumentException(where + " needs the field \"" + field + "\"");
    }
    return value;
  }

  private int integerOf(BigDecimal value, String field) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(field, "an integer");
    }
  }

  private IllegalArgumentException wrongType(String field, String expected) {
    return new IllegalArgumentException(
        where + ": the field \"" + field + "\" must be " + expected);
  }
}
