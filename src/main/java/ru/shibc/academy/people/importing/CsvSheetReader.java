package ru.shibc.academy.people.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a staff list saved as CSV, as Russian Excel and LibreOffice write it. */
final class CsvSheetReader {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final char[] DELIMITERS = {';', '\t', ','};
  private static final int HEADER_SEARCH_LINES = 10;
  private static final Pattern SEP_LINE = Pattern.compile("sep=([;,\t|])[ ]*(\r\n|\r|\n)");

  private CsvSheetReader() {}

  static SheetRows read(byte[] content) throws UnreadableStaffFileException {
    String text = decode(content);
    if (RowCollector.clean(text).isEmpty()) {
      throw new UnreadableStaffFileException(UnreadableStaffFileException.EMPTY_FILE);
    }
    // Excel writes and honours a "sep=;" first line when a file has to open in any locale.
    Matcher sep = SEP_LINE.matcher(text);
    if (sep.lookingAt()) {
      return parse(text.substring(sep.end()), sep.group(1).charAt(0), 1);
    }
    return parse(text, detectDelimiter(text), 0);
  }

  private static SheetRows parse(String text, char delimiter, int linesBefore)
      throws UnreadableStaffFileException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setQuote('"')
            // Blank lines must stay records so that record numbers remain line numbers.
            .setIgnoreEmptyLines(false)
            .get();
    RowCollector collector = new RowCollector();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        // Record numbers match the row numbers Excel shows; they are the physical line numbers
        // unless a quoted cell spans several lines.
        collector.accept(linesBefore + (int) record.getRecordNumber(), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // An unterminated quote: the file is not the CSV it claims to be.
      throw new UnreadableStaffFileException(
          UnreadableStaffFileException.NOT_A_SPREADSHEET, List.of("malformed CSV"));
    }
    return collector.finish();
  }

  /** UTF-8 (with or without BOM) if the bytes are valid UTF-8, else Windows-1251. */
  static String decode(byte[] content) throws UnreadableStaffFileException {
    // Excel's "Unicode text" is UTF-16 with a BOM; its NUL bytes are not binary garbage.
    if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
      return rejectControlCharacters(new String(content, StandardCharsets.UTF_16));
    }
    rejectBinary(content);
    int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, offset, content.length - offset, WINDOWS_1251);
    }
  }

  /**
   * Text files never contain control characters other than tab and line breaks, while images, PDFs
   * and archives almost always do within their first bytes.
   */
  private static void rejectBinary(byte[] content) throws UnreadableStaffFileException {
    if (startsWith(content, '%', 'P', 'D', 'F')) {
      throw notASpreadsheet();
    }
    for (byte b : content) {
      if (isControl(b & 0xFF)) {
        throw notASpreadsheet();
      }
    }
  }

  private static String rejectControlCharacters(String text) throws UnreadableStaffFileException {
    String withoutBom = text.startsWith("\ufeff") ? text.substring(1) : text;
    for (int i = 0; i < withoutBom.length(); i++) {
      if (isControl(withoutBom.charAt(i))) {
        throw notASpreadsheet();
      }
    }
    return withoutBom;
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }

  private static UnreadableStaffFileException notASpreadsheet() {
    return new UnreadableStaffFileException(UnreadableStaffFileException.NOT_A_SPREADSHEET);
  }

  /**
   * The most frequent of ";", tab and "," outside quotes in the first line that has any of them:
   * the header, or a title line above it that Excel padded with delimiters. Ties go to ";", the
   * Russian Excel default.
   */
  static char detectDelimiter(String text) {
    for (String line : text.split("\r\n|\r|\n", HEADER_SEARCH_LINES + 1)) {
      int[] counts = countDelimiters(line);
      int best = 0;
      for (int d = 1; d < DELIMITERS.length; d++) {
        if (counts[d] > counts[best]) {
          best = d;
        }
      }
      if (counts[best] > 0) {
        return DELIMITERS[best];
      }
    }
    return ';';
  }

  private static int[] countDelimiters(String line) {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int d = 0; d < DELIMITERS.length; d++) {
          if (c == DELIMITERS[d]) {
            counts[d]++;
          }
        }
      }
    }
    return counts;
  }

  static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
