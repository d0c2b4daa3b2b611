package ru.shibc.academy.assessment.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import ru.shibc.academy.assessment.formats.ImportProblem;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.platform.i18n.Messages;

/**
 * One uploaded GIFT or Moodle XML file on its way into the bank: read in the background with its
 * progress, then shown as a dry run (how many questions, every problem with its line) until the
 * author imports all of it or only its valid questions.
 */
public class BankImport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A problem as the preview lists it. */
  public record Problem(int line, String message, String detail) implements Serializable {}

  private final String fileName;
  private final boolean xml;
  private byte[] content;
  private volatile int percent;
  private transient Future<ImportResult> reading;
  private transient ImportResult result;
  private boolean read;
  private int questions;
  private List<Problem> problems = List.of();

  BankImport(String fileName, byte[] content, boolean xml) {
    this.fileName = fileName;
    this.content = content;
    this.xml = xml;
  }

  /** Whether a file name is one the bank reads, and as which format: "xml", "gift" or null. */
  static String formatOf(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      return "xml";
    }
    return lower.endsWith(".gift") || lower.endsWith(".txt") ? "gift" : null;
  }

  void start(ImportRunner runner) {
    reading = runner.read(content, xml, p -> percent = p);
  }

  /** Takes the reader's result once it is done; true when the preview is ready. */
  boolean poll(Locale locale) {
    if (read) {
      return true;
    }
    if (reading == null || !reading.isDone()) {
      return false;
    }
    try {
      show(reading.get(), locale);
    } catch (ExecutionException e) {
      show(new ImportResult(List.of(), List.of(new ImportProblem(0, ImportProblem.UNREADABLE, String.valueOf(e.getCause())))), locale);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }

  private void show(ImportResult r, Locale locale) {
    result = r;
    read = true;
    percent = 100;
    questions = r.questions().size();
    problems =
        r.problems().stream()
            .map(p -> {
              String key = "bank.import." + p.code();
              String message = Messages.text(locale, key);
              return new Problem(p.line(), message.equals(key) ? p.detail() : message, p.detail());
            })
            .toList();
  }

  /** The reader's result; read again from the kept file if the view was restored without it. */
  ImportResult result(ImportRunner runner) {
    if (result == null && content != null) {
      result = runner.parse(content, xml, p -> {});
    }
    return result;
  }

  /** The file is in the bank (or given up): its bytes are no longer needed. */
  void done() {
    content = null;
    result = null;
  }

  public boolean isRunning() {
    return !read;
  }

  public boolean isRead() {
    return read;
  }

  public boolean isImportable() {
    return read && content != null && questions > 0;
  }

  public int getPercent() {
    return percent;
  }

  public String getFileName() {
    return fileName;
  }

  public int getQuestions() {
    return questions;
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
