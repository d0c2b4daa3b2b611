package ru.shibc.academy.people.importing;

import java.util.Locale;

/**
 * Reads an uploaded staff list into rows. The format is decided by the content, not the name,
 * because users rename files freely; the name only tells us what the user believed they sent.
 */
public final class StaffFileReader {

  private StaffFileReader() {}

  /**
   * Reads a CSV (UTF-8 or Windows-1251, separated by ";", "," or tab) or the first sheet of an XLSX
   * workbook.
   *
   * @param content the uploaded bytes
   * @param fileName the name the file was uploaded with, may be null
   * @throws UnreadableStaffFileException when there are no rows to preview at all; see the codes on
   *     that class
   */
  public static SheetRows read(byte[] content, String fileName)
      throws UnreadableStaffFileException {
    if (content == null || content.length == 0) {
      throw new UnreadableStaffFileException(UnreadableStaffFileException.EMPTY_FILE);
    }
    if (isZip(content) || isOle2(content)) {
      return XlsxSheetReader.read(content);
    }
    if (hasSpreadsheetName(fileName)) {
      throw new UnreadableStaffFileException(UnreadableStaffFileException.NOT_A_SPREADSHEET);
    }
    return CsvSheetReader.read(content);
  }

  private static boolean isZip(byte[] content) {
    return CsvSheetReader.startsWith(content, 'P', 'K', 3, 4);
  }

  /** Legacy .xls files; POI reads them with the same API, so there is no reason to refuse. */
  private static boolean isOle2(byte[] content) {
    return CsvSheetReader.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  private static boolean hasSpreadsheetName(String fileName) {
    if (fileName == null) {
      return false;
    }
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
  }
}
