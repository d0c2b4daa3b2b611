package ru.shibc.academy.assessment.formats;

import java.util.Objects;
import ru.shibc.academy.assessment.question.CategorisedQuestion;
import ru.shibc.academy.assessment.question.Category;
import ru.shibc.academy.assessment.question.Question;

/**
 * A question read from a file.
 *
 * @param line where the question starts in the file, 1-based
 * @param category the category the file put it in; {@link Category#NONE} if the file named none
 */
public record ImportedQuestion(int line, Category category, Question question) {

  public ImportedQuestion {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(question, "question");
  }

  public CategorisedQuestion categorised() {
    return new CategorisedQuestion(category, question);
  }
}
