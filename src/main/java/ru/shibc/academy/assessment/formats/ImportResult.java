package ru.shibc.academy.assessment.formats;

import java.util.List;
import ru.shibc.academy.assessment.question.CategorisedQuestion;

/**
 * What a reader made of a file: the questions it could read, in file order, and the problems with
 * the rest. A caller importing all-or-nothing checks {@link #isClean()}; one importing the valid
 * questions only takes {@link #questions()} and shows the problems.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

  public ImportResult {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The questions with their categories, as {@link MoodleXmlWriter} takes them. */
  public List<CategorisedQuestion> categorised() {
    return questions.stream().map(ImportedQuestion::categorised).toList();
  }
}
