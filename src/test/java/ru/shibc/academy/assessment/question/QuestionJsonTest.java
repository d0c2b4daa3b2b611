package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionJsonTest {

  static Stream<Question> questions() {
    return SampleQuestions.all().stream();
  }

  static Stream<Response> responses() {
    return Stream.of(
        new SingleChoiceResponse(2),
        new SingleChoiceResponse(null),
        MultipleChoiceResponse.of(3, 0),
        MultipleChoiceResponse.of(),
        new TrueFalseResponse(false),
        new TrueFalseResponse(null),
        new ShortAnswerResponse("  библиотечный каталог "),
        new NumericalResponse("99,5"),
        new MatchingResponse(Map.of(0, 1, 2, 3)),
        new EssayResponse("<p>Чтение — <b>основа</b> «всего»</p>\n"));
  }

  @ParameterizedTest
  @MethodSource("questions")
  void questionSurvivesTheRoundTrip(Question question) {
    assertEquals(question, QuestionJson.readQuestion(QuestionJson.write(question)));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responseSurvivesTheRoundTrip(Response response) {
    assertEquals(response, QuestionJson.readResponse(QuestionJson.write(response)));
  }

  @Test
  void writesTheDocumentedShape() {
    JsonObject json = QuestionJson.toJson(SampleQuestions.numerical());
    assertEquals("numerical", json.getString("type"));
    assertEquals("html", json.getString("format"));
    assertEquals(new BigDecimal("1.0000000"), json.getJsonNumber("defaultMark").bigDecimalValue());
    JsonObject catchAll = json.getJsonArray("answers").getJsonObject(2);
    assertTrue(catchAll.isNull("value"));
    assertEquals(
        "{\"type\":\"matching\",\"choices\":[{\"item\":0,\"answer\":1}]}",
        QuestionJson.write(new MatchingResponse(Map.of(0, 1))));
  }

  @Test
  void leavesOutOptionalFieldsWithObviousDefaults() {
    Question question =
        QuestionJson.readQuestion(
            """
            {"type":"true-false","name":"Фонд","text":"Фонд ШИБЦ смешанный.","format":"plain",
             "correctAnswer":true}
            """);
    assertEquals(
        new TrueFalse(
            QuestionHeader.of("Фонд", "Фонд ШИБЦ смешанный.", TextFormat.PLAIN), true, "", ""),
        question);
  }

  @Test
  void unknownQuestionTypeIsNamedInTheError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QuestionJson.readQuestion(
                    "{\"type\":\"cloze\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\"}"));
    assertEquals("unknown question type \"cloze\"", e.getMessage());
    IllegalArgumentException r =
        assertThrows(
            IllegalArgumentException.class,
            () -> QuestionJson.readResponse("{\"type\":\"description\"}"));
    assertEquals("unknown response type \"description\"", r.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "не json",
        "{\"name\":\"x\",\"text\":\"y\",\"format\":\"html\"}",
        "{\"type\":\"essay\",\"name\":\"x\",\"text\":\"y\",\"format\":\"rtf\"}",
        "{\"type\":\"essay\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\",\"penalty\":1}",
        "{\"type\":\"essay\",\"name\":\"x\",\"text\":7,\"format\":\"html\"}",
        "{\"type\":\"single-choice\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\","
            + "\"choices\":[{\"id\":0,\"text\":\"a\",\"fraction\":1},"
            + "{\"id\":1.5,\"text\":\"b\",\"fraction\":0}]}",
        "{\"type\":\"single-choice\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\","
            + "\"choices\":[{\"id\":0,\"text\":\"a\",\"fraction\":1,\"correct\":true},"
            + "{\"id\":1,\"text\":\"b\",\"fraction\":0}]}",
        "{\"type\":\"true-false\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\"}",
        "{\"type\":\"true-false\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\","
            + "\"correctAnswer\":\"yes\"}",
        "{\"type\":\"numerical\",\"name\":\"x\",\"text\":\"y\",\"format\":\"html\","
            + "\"answers\":[{\"id\":0,\"value\":\"5\",\"fraction\":1}]}"
      })
  void refusesAnythingIncompleteOrUnknown(String json) {
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.readQuestion(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"single-choice\"}",
        "{\"type\":\"single-choice\",\"choiceId\":\"2\"}",
        "{\"type\":\"multiple-choice\",\"choiceIds\":[1,\"2\"]}",
        "{\"type\":\"true-false\",\"value\":1}",
        "{\"type\":\"short-answer\"}",
        "{\"type\":\"matching\",\"choices\":[{\"item\":0,\"answer\":1},{\"item\":0,\"answer\":2}]}",
        "{\"type\":\"essay\",\"text\":\"a\",\"files\":[]}"
      })
  void refusesMalformedResponses(String json) {
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.readResponse(json));
  }

  @Test
  void readsBackGradableResponses() {
    Response response =
        QuestionJson.readResponse("{\"type\":\"multiple-choice\",\"choiceIds\":[0,1]}");
    assertEquals(
        new BigDecimal("1.0000000"), SampleQuestions.multipleChoice().grade(response).fraction());
    assertEquals(List.of(0, 1), List.copyOf(((MultipleChoiceResponse) response).choiceIds()));
  }
}
