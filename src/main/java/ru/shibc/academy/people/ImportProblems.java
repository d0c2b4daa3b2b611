package ru.shibc.academy.people;

import java.util.Locale;
import ru.shibc.academy.people.importing.ImportProblem;
import ru.shibc.academy.platform.i18n.Messages;

/** Says an import problem in words: "Строка 3, СНИЛС: неверная контрольная сумма". */
public final class ImportProblems {

  private ImportProblems() {}

  public static String message(Locale locale, ImportProblem problem) {
    String column =
        problem.column() == null
            ? ""
            : Messages.text(locale, "import.column." + problem.column().name());
    return Messages.text(
        locale,
        "import.problem." + problem.code(),
        column,
        problem.value() == null ? "" : problem.value());
  }
}
