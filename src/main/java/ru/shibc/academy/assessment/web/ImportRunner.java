package ru.shibc.academy.assessment.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import ru.shibc.academy.assessment.formats.GiftParser;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.assessment.formats.MoodleXmlReader;

/**
 * Reads an uploaded question file on the server's managed executor, so that the page can show
 * the reader's progress while it works through a large file.
 */
@ApplicationScoped
public class ImportRunner {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  /** Starts reading; {@code percentDone} hears 0..100 from the reader's thread. */
  public Future<ImportResult> read(byte[] content, boolean xml, IntConsumer percentDone) {
    return executor.submit(() -> parse(content, xml, percentDone));
  }

  /** Reads at once, in the caller's thread. */
  public ImportResult parse(byte[] content, boolean xml, IntConsumer percentDone) {
    ByteArrayInputStream in = new ByteArrayInputStream(content);
    return xml
        ? new MoodleXmlReader().read(in, content.length, percentDone)
        : new GiftParser().parse(in, content.length, percentDone);
  }
}
