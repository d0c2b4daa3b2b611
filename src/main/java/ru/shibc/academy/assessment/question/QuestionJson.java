package ru.shibc.academy.assessment.question;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions and responses as JSON, the form in which the bank and the attempts store them.
 *
 * <p>Every question object has {@code type}, {@code name}, {@code text}, {@code format}, {@code
 * generalFeedback} and {@code defaultMark}, then the fields of its type (see {@link
 * #toJson(Question)}). Reading is strict: an unknown type, an unknown field, a field of the wrong
 * JSON type or a value the question records refuse is an {@link IllegalArgumentException} naming
 * the field. Only texts and flags with an obvious default may be left out: feedback texts (empty),
 * {@code defaultMark} (1), {@code shuffle} (true), {@code caseSensitive} (false), {@code tolerance}
 * (0).
 */
public final class QuestionJson {

  /** The JSON-P provider, looked up once: {@code Json.create…} looks it up on every call. */
  private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  private QuestionJson() {}

  /**
   * The question as a JSON object. Type fields: choice types {@code shuffle} and {@code choices}
   * [{@code id, text, fraction, feedback}]; {@code true-false} {@code correctAnswer, trueFeedback,
   * falseFeedback}; {@code short-answer} {@code caseSensitive} and {@code answers} [{@code id,
   * text, fraction, feedback}]; {@code numerical} {@code answers} [{@code id, value} (null for any
   * other number){@code , tolerance, fraction, feedback}]; {@code matching} {@code shuffle} and
   * {@code pairs} [{@code id, item, answer}]; {@code essay} {@code graderInfo, responseTemplate};
   * {@code description} nothing more.
   */
  public static JsonObject toJson(Question question) {
    QuestionHeader header = question.header();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("type", question.type())
            .add("name", header.name())
            .add("text", header.text())
            .add("format", header.format().code())
            .add("generalFeedback", header.generalFeedback())
            .add("defaultMark", header.defaultMark());
    if (question instanceof SingleChoice q) {
      json.add("shuffle", q.shuffle()).add("choices", choices(q.choices()));
    } else if (question instanceof MultipleChoice q) {
      json.add("shuffle", q.shuffle()).add("choices", choices(q.choices()));
    } else if (question instanceof TrueFalse q) {
      json.add("correctAnswer", q.correctAnswer())
          .add("trueFeedback", q.trueFeedback())
          .add("falseFeedback", q.falseFeedback());
    } else if (question instanceof ShortAnswer q) {
      JsonArrayBuilder answers = JSON.createArrayBuilder();
      for (AcceptedAnswer a : q.answers()) {
        answers.add(
            JSON.createObjectBuilder()
                .add("id", a.id())
                .add("text", a.text())
                .add("fraction", a.fraction())
                .add("feedback", a.feedback()));
      }
      json.add("caseSensitive", q.caseSensitive()).add("answers", answers);
    } else if (question instanceof Numerical q) {
      JsonArrayBuilder answers = JSON.createArrayBuilder();
      for (NumericAnswer a : q.answers()) {
        JsonObjectBuilder answer = JSON.createObjectBuilder().add("id", a.id());
        if (a.isAnyOther()) {
          answer.addNull("value");
        } else {
          answer.add("value", a.value());
        }
        answers.add(
            answer
                .add("tolerance", a.tolerance())
                .add("fraction", a.fraction())
                .add("feedback", a.feedback()));
      }
      json.add("answers", answers);
    } else if (question instanceof Matching q) {
      JsonArrayBuilder pairs = JSON.createArrayBuilder();
      for (MatchPair p : q.pairs()) {
        pairs.add(
            JSON.createObjectBuilder()
                .add("id", p.id())
                .add("item", p.item())
                .add("answer", p.answer()));
      }
      json.add("shuffle", q.shuffle()).add("pairs", pairs);
    } else if (question instanceof Essay q) {
      json.add("graderInfo", q.graderInfo()).add("responseTemplate", q.responseTemplate());
    }
    return json.build();
  }

  /**
   * Reads a question written by {@link #toJson(Question)}.
   *
   * @throws IllegalArgumentException if the object is not a complete, valid question
   */
  public static Question questionFromJson(JsonValue json) {
    JsonFields f = new JsonFields(json, "question");
    String type = f.string("type");
    if (!QuestionTypes.QUESTIONS.contains(type)) {
      throw new IllegalArgumentException("unknown question type \"" + type + "\"");
    }
    QuestionHeader header =
        new QuestionHeader(
            f.string("name"),
            f.string("text"),
            TextFormat.fromCode(f.string("format")),
            f.string("generalFeedback", ""),
            f.decimal("defaultMark", BigDecimal.ONE));
    Question question =
        switch (type) {
          case QuestionTypes.SINGLE_CHOICE ->
              new SingleChoice(header, choices(f), f.bool("shuffle", true));
          case QuestionTypes.MULTIPLE_CHOICE ->
              new MultipleChoice(header, choices(f), f.bool("shuffle", true));
          case QuestionTypes.TRUE_FALSE ->
              new TrueFalse(
                  header,
                  f.bool("correctAnswer"),
                  f.string("trueFeedback", ""),
                  f.string("falseFeedback", ""));
          case QuestionTypes.SHORT_ANSWER ->
              new ShortAnswer(header, acceptedAnswers(f), f.bool("caseSensitive", false));
          case QuestionTypes.NUMERICAL -> new Numerical(header, numericAnswers(f));
          case QuestionTypes.MATCHING -> new Matching(header, pairs(f), f.bool("shuffle", true));
          case QuestionTypes.ESSAY ->
              new Essay(header, f.string("graderInfo", ""), f.string("responseTemplate", ""));
          case QuestionTypes.DESCRIPTION -> new Description(header);
          default -> throw new IllegalArgumentException("unknown question type \"" + type + "\"");
        };
    f.checkNoOthers();
    return question;
  }

  /** The question as JSON text. */
  public static String write(Question question) {
    return toJson(question).toString();
  }

  /**
   * Reads a question from JSON text.
   *
   * @throws IllegalArgumentException if the text is not JSON or not a valid question
   */
  public static Question readQuestion(String json) {
    return questionFromJson(parse(json));
  }

  /**
   * The response as a JSON object with its {@code type} and: {@code choiceId} (single choice, null
   * when none), {@code choiceIds} (multiple choice), {@code value} (true/false, null when none),
   * {@code text} (short answer, numerical, essay), {@code choices} [{@code item, answer}] (pair
   * ids, matching).
   */
  public static JsonObject toJson(Response response) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("type", response.type());
    if (response instanceof SingleChoiceResponse r) {
      if (r.choiceId() == null) {
        json.addNull("choiceId");
      } else {
        json.add("choiceId", r.choiceId());
      }
    } else if (response instanceof MultipleChoiceResponse r) {
      JsonArrayBuilder ids = JSON.createArrayBuilder();
      r.choiceIds().forEach(ids::add);
      json.add("choiceIds", ids);
    } else if (response instanceof TrueFalseResponse r) {
      if (r.value() == null) {
        json.addNull("value");
      } else {
        json.add("value", r.value());
      }
    } else if (response instanceof ShortAnswerResponse r) {
      json.add("text", r.text());
    } else if (response instanceof NumericalResponse r) {
      json.add("text", r.text());
    } else if (response instanceof MatchingResponse r) {
      JsonArrayBuilder choices = JSON.createArrayBuilder();
      r.choices()
          .forEach(
              (item, answer) ->
                  choices.add(JSON.createObjectBuilder().add("item", item).add("answer", answer)));
      json.add("choices", choices);
    } else if (response instanceof EssayResponse r) {
      json.add("text", r.text());
    }
    return json.build();
  }

  /**
   * Reads a response written by {@link #toJson(Response)}.
   *
   * @throws IllegalArgumentException if the object is not a valid response
   */
  public static Response responseFromJson(JsonValue json) {
    JsonFields f = new JsonFields(json, "response");
    String type = f.string("type");
    Response response =
        switch (type) {
          case QuestionTypes.SINGLE_CHOICE ->
              new SingleChoiceResponse(f.nullableInteger("choiceId"));
          case QuestionTypes.MULTIPLE_CHOICE ->
              new MultipleChoiceResponse(new java.util.HashSet<>(f.integers("choiceIds")));
          case QuestionTypes.TRUE_FALSE -> new TrueFalseResponse(f.nullableBool("value"));
          case QuestionTypes.SHORT_ANSWER -> new ShortAnswerResponse(f.string("text"));
          case QuestionTypes.NUMERICAL -> new NumericalResponse(f.string("text"));
          case QuestionTypes.MATCHING -> matchingResponse(f);
          case QuestionTypes.ESSAY -> new EssayResponse(f.string("text"));
          default -> throw new IllegalArgumentException("unknown response type \"" + type + "\"");
        };
    f.checkNoOthers();
    return response;
  }

  public static String write(Response response) {
    return toJson(response).toString();
  }

  /**
   * Reads a response from JSON text.
   *
   * @throws IllegalArgumentException if the text is not JSON or not a valid response
   */
  public static Response readResponse(String json) {
    return responseFromJson(parse(json));
  }

  private static JsonArrayBuilder choices(List<Choice> choices) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Choice c : choices) {
      array.add(
          JSON.createObjectBuilder()
              .add("id", c.id())
              .add("text", c.text())
              .add("fraction", c.fraction())
              .add("feedback", c.feedback()));
    }
    return array;
  }

  private static List<Choice> choices(JsonFields question) {
    List<Choice> choices = new ArrayList<>();
    for (JsonValue value : question.array("choices")) {
      JsonFields f = new JsonFields(value, "choice");
      choices.add(
          new Choice(
              f.integer("id"), f.string("text"), f.decimal("fraction"), f.string("feedback", "")));
      f.checkNoOthers();
    }
    return choices;
  }

  private static List<AcceptedAnswer> acceptedAnswers(JsonFields question) {
    List<AcceptedAnswer> answers = new ArrayList<>();
    for (JsonValue value : question.array("answers")) {
      JsonFields f = new JsonFields(value, "answer");
      answers.add(
          new AcceptedAnswer(
              f.integer("id"), f.string("text"), f.decimal("fraction"), f.string("feedback", "")));
      f.checkNoOthers();
    }
    return answers;
  }

  private static List<NumericAnswer> numericAnswers(JsonFields question) {
    List<NumericAnswer> answers = new ArrayList<>();
    for (JsonValue value : question.array("answers")) {
      JsonFields f = new JsonFields(value, "answer");
      answers.add(
          new NumericAnswer(
              f.integer("id"),
              f.nullableDecimal("value"),
              f.decimal("tolerance", BigDecimal.ZERO),
              f.decimal("fraction"),
              f.string("feedback", "")));
      f.checkNoOthers();
    }
    return answers;
  }

  private static List<MatchPair> pairs(JsonFields question) {
    List<MatchPair> pairs = new ArrayList<>();
    for (JsonValue value : question.array("pairs")) {
      JsonFields f = new JsonFields(value, "pair");
      pairs.add(new MatchPair(f.integer("id"), f.string("item", ""), f.string("answer")));
      f.checkNoOthers();
    }
    return pairs;
  }

  private static MatchingResponse matchingResponse(JsonFields response) {
    java.util.Map<Integer, Integer> choices = new java.util.HashMap<>();
    for (JsonValue value : response.array("choices")) {
      JsonFields f = new JsonFields(value, "matching choice");
      int item = f.integer("item");
      if (choices.put(item, f.integer("answer")) != null) {
        throw new IllegalArgumentException("item " + item + " is answered twice");
      }
      f.checkNoOthers();
    }
    return new MatchingResponse(choices);
  }

  private static JsonValue parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("no JSON given");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }
}
