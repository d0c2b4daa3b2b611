package ru.shibc.academy.course.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.time.Clocks;

/** A course's participants with their progress, as an XLSX sheet or a CSV file. */
@ApplicationScoped
public class ParticipantTables {

  private static final String[] HEADER = {
    "export.participants.fullName", "export.participants.position", "export.participants.organisation",
    "export.participants.status", "export.participants.enrolledAt", "export.participants.progress",
    "export.participants.completedAt"
  };

  /** A file ready to download. */
  public record Table(String fileName, String contentType, byte[] data) {}

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;

  public Table of(long courseId, Long organisationId, boolean xlsx) {
    Course course = courses.get(courseId);
    List<String[]> rows =
        enrolments.participants(courseId, organisationId).stream()
            .map(
                p ->
                    new String[] {
                      p.person().fullName(), p.person().getPosition(), p.person().getOrganisation().getShortName(),
                      Messages.text(Messages.RUSSIAN, "enrolment.status." + p.enrolment().getStatus().name()),
                      date(p.enrolment().getEnrolledAt()), Integer.toString(p.progressPercent()),
                      date(p.enrolment().getCompletedAt())
                    })
            .toList();
    String[] header = new String[HEADER.length];
    for (int i = 0; i < HEADER.length; i++) {
      header[i] = Messages.text(Messages.RUSSIAN, HEADER[i]);
    }
    String base = "Участники " + course.getShortName().replaceAll("[\\\\/:*?\"<>|]", "_");
    return xlsx
        ? new Table(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(header, rows))
        : new Table(base + ".csv", "text/csv; charset=UTF-8", csv(header, rows));
  }

  private static byte[] xlsx(String[] header, List<String[]> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Участники");
      write(sheet.createRow(0), header);
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i + 1);
        write(row, rows.get(i));
        row.getCell(5).setCellValue(Integer.parseInt(rows.get(i)[5]));
      }
      for (int c = 0; c < header.length; c++) {
        sheet.setColumnWidth(c, c == 0 || c == 2 ? 40 * 256 : 18 * 256);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, String[] values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }

  private static byte[] csv(String[] header, List<String[]> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 with a BOM
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      printer.printRecord((Object[]) header);
      for (String[] row : rows) {
        printer.printRecord((Object[]) java.util.Arrays.stream(row).map(ParticipantTables::inert).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A cell that Excel would read as a formula is written as text (CSV injection). */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static String date(Instant instant) {
    return Clocks.date(instant);
  }
}
