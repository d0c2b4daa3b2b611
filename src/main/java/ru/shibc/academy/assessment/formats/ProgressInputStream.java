package ru.shibc.academy.assessment.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

/**
 * Counts the bytes a reader takes and reports the percentage of the expected size each time it
 * grows, so that the page importing a large question bank can show a progress bar.
 */
final class ProgressInputStream extends FilterInputStream {

  private final long size;
  private final IntConsumer percentDone;
  private long count;
  private int reported = -1;

  /**
   * @param size the expected number of bytes; when unknown (0 or less) only 100 is reported, at the
   *     end
   */
  ProgressInputStream(InputStream in, long size, IntConsumer percentDone) {
    super(in);
    this.size = size;
    this.percentDone = percentDone;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    advance(n);
    return n;
  }

  /** Reports 100: called when the reader has finished, whatever the counts say. */
  void finish() {
    report(100);
  }

  private void advance(int n) {
    if (n < 0) {
      finish();
      return;
    }
    count += n;
    if (size > 0) {
      report((int) Math.min(99, count * 100 / size));
    }
  }

  private void report(int percent) {
    if (percent > reported) {
      reported = percent;
      percentDone.accept(percent);
    }
  }
}
