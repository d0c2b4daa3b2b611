package ru.shibc.academy.assessment.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test files under {@code src/test/resources/assessment}. */
final class Fixtures {

  private Fixtures() {}

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/assessment/" + name);
    if (in == null) {
      throw new IllegalStateException("no fixture " + name);
    }
    return in;
  }

  static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
