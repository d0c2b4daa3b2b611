package ru.shibc.academy.assessment.formats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import ru.shibc.academy.assessment.question.Category;

/**
 * Reads Moodle's GIFT format: questions separated by blank lines, {@code //} comment lines, {@code
 * ::name::}, {@code [html]}-style format prefixes, {@code $CATEGORY:} lines and the answer blocks
 * described in {@link GiftQuestionReader}.
 *
 * <p>A bad question becomes an {@link ImportProblem} at the line where it starts and the reader
 * goes on with the next one. Items without an answer block are read as descriptions.
 */
public final class GiftParser {

  private static final String CATEGORY = "$CATEGORY:";

  /** Reads a UTF-8 file, with or without a byte order mark. */
  public ImportResult parse(InputStream in) {
    return parse(in, -1, percent -> {});
  }

  /**
   * Reads a UTF-8 file and reports progress.
   *
   * @param size the file's size in bytes, for the progress; 0 or less when unknown
   * @param percentDone called with 0..100 each time the share of the file read grows; 100 last
   */
  public ImportResult parse(InputStream in, long size, IntConsumer percentDone) {
    String text;
    try {
      text = SourceText.read(in, size, percentDone);
    } catch (UnreadableQuestionException e) {
      return new ImportResult(List.of(), List.of(new ImportProblem(0, e.code(), e.getMessage())));
    }
    return parse(text);
  }

  /** Reads GIFT text already in memory. */
  public ImportResult parse(String text) {
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Category category = Category.NONE;
    for (Block block : blocks(SourceText.normalise(text))) {
      String content = GiftText.protect(block.text()).strip();
      int line = block.line();
      if (content.startsWith(CATEGORY)) {
        int end = content.indexOf('\n');
        String path =
            GiftText.restore(
                content.substring(CATEGORY.length(), end < 0 ? content.length() : end));
        Category named = Category.parse(path);
        if (named.isNone()) {
          problems.add(new ImportProblem(line, ImportProblem.INVALID_CATEGORY, "no category path"));
        } else {
          category = named;
        }
        if (end < 0 || content.substring(end).isBlank()) {
          continue;
        }
        line++;
        content = content.substring(end + 1);
      }
      try {
        questions.add(new ImportedQuestion(line, category, GiftQuestionReader.read(content)));
      } catch (UnreadableQuestionException e) {
        problems.add(new ImportProblem(line, e.code(), e.getMessage()));
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(line, ImportProblem.INVALID_QUESTION, e.getMessage()));
      }
    }
    return new ImportResult(questions, problems);
  }

  /**
   * Splits the text into questions at blank lines. Comment lines are left out, but do not end a
   * question; a block's line is that of its first line that is not a comment.
   */
  private static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        if (current.length() > 0) {
          blocks.add(new Block(start, current.toString()));
          current.setLength(0);
        }
      } else if (!line.strip().startsWith("//")) {
        if (current.length() == 0) {
          start = i + 1;
        } else {
          current.append('\n');
        }
        current.append(line);
      }
    }
    if (current.length() > 0) {
      blocks.add(new Block(start, current.toString()));
    }
    return blocks;
  }

  private record Block(int line, String text) {}
}
