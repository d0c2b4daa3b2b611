package ru.shibc.academy.assessment.question;

import java.util.Objects;

/** A question together with the category it belongs in, as import and export see the bank. */
public record CategorisedQuestion(Category category, Question question) {

  public CategorisedQuestion {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(question, "question");
  }
}
