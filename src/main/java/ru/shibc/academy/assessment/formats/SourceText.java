package ru.shibc.academy.assessment.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/**
 * A text file as uploaded: read fully, decoded as strict UTF-8 (a Windows-1251 file is refused
 * rather than imported as mojibake), byte order mark dropped, line ends made {@code \n}.
 */
final class SourceText {

  private SourceText() {}

  /**
   * @throws UnreadableQuestionException with {@link ImportProblem#UNREADABLE} or {@link
   *     ImportProblem#NOT_UTF8}
   */
  static String read(InputStream in, long size, IntConsumer percentDone) {
    ProgressInputStream counted = new ProgressInputStream(in, size, percentDone);
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(size > 0 ? (int) Math.min(size, 1 << 24) : 8192);
    try {
      counted.transferTo(bytes);
    } catch (IOException e) {
      throw new UnreadableQuestionException(
          ImportProblem.UNREADABLE, String.valueOf(e.getMessage()));
    } finally {
      counted.finish();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableQuestionException(
          ImportProblem.NOT_UTF8, "the file is not UTF-8; save it as UTF-8 and upload it again");
    }
    return normalise(text);
  }

  /** Drops a byte order mark and makes every line end {@code \n}. */
  static String normalise(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }
}
