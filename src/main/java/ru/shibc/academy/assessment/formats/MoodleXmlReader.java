package ru.shibc.academy.assessment.formats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.shibc.academy.assessment.question.Category;

/**
 * Reads Moodle XML ({@code <quiz><question type="...">}), the format Moodle exports its question
 * bank in: categories and the question types the platform has.
 *
 * <p>A file with a DOCTYPE is refused before anything in it is resolved: question files never need
 * one, and refusing it rules out external entities (XXE) and entity expansion bombs. The JDK's own
 * StAX parser is used with DTD support and external entities switched off, and with a resolver that
 * refuses everything, so the protection does not depend on which parser a server puts first on the
 * class path.
 */
public final class MoodleXmlReader {

  public ImportResult read(InputStream in) {
    return read(in, -1, percent -> {});
  }

  /**
   * Reads a file and reports progress.
   *
   * @param size the file's size in bytes, for the progress; 0 or less when unknown
   * @param percentDone called with 0..100 each time the share of the file read grows; 100 last
   */
  public ImportResult read(InputStream in, long size, IntConsumer percentDone) {
    ProgressInputStream counted = new ProgressInputStream(in, size, percentDone);
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(counted);
      readQuiz(reader, questions, problems);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      problems.add(new ImportProblem(line, ImportProblem.MALFORMED_XML, e.getMessage()));
    } finally {
      close(reader);
      counted.finish();
    }
    return new ImportResult(questions, problems);
  }

  private static void readQuiz(
      XMLStreamReader reader, List<ImportedQuestion> questions, List<ImportProblem> problems)
      throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        problems.add(
            new ImportProblem(
                reader.getLocation().getLineNumber(),
                ImportProblem.DOCTYPE_FORBIDDEN,
                "a DOCTYPE is not allowed in a question file"));
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!reader.getLocalName().equals("quiz")) {
          problems.add(
              new ImportProblem(
                  reader.getLocation().getLineNumber(),
                  ImportProblem.NOT_MOODLE_XML,
                  "the root element is <" + reader.getLocalName() + ">, not <quiz>"));
          return;
        }
        readQuestions(reader, questions, problems);
        return;
      }
    }
  }

  private static void readQuestions(
      XMLStreamReader reader, List<ImportedQuestion> questions, List<ImportProblem> problems)
      throws XMLStreamException {
    Category category = Category.NONE;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      XmlElement element = XmlElement.read(reader);
      if (!element.name().equals("question")) {
        continue;
      }
      try {
        if ("category".equals(element.attribute("type"))) {
          category = category(element);
        } else {
          questions.add(
              new ImportedQuestion(element.line(), category, MoodleXmlQuestions.read(element)));
        }
      } catch (UnreadableQuestionException e) {
        problems.add(new ImportProblem(element.line(), e.code(), e.getMessage()));
      } catch (IllegalArgumentException e) {
        problems.add(
            new ImportProblem(element.line(), ImportProblem.INVALID_QUESTION, e.getMessage()));
      }
    }
  }

  private static Category category(XmlElement question) {
    Category category = Category.parse(question.textOf("category"));
    if (category.isNone()) {
      throw new UnreadableQuestionException(ImportProblem.INVALID_CATEGORY, "no category path");
    }
    return category;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are refused: " + systemId);
        });
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Nothing more to read; the problems are already collected.
      }
    }
  }
}
