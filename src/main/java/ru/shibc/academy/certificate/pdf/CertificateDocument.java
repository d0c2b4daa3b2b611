package ru.shibc.academy.certificate.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ru.shibc.academy.certificate.CertificateKind;

/**
 * Everything printed on a certificate, already decided: the renderer formats, it does not look
 * anything up.
 *
 * @param kind удостоверение or диплом
 * @param surname the holder's surname, e.g. "Иванова"
 * @param name the holder's given name
 * @param patronymic the holder's patronymic; empty when the holder has none
 * @param programmeTitle the title of the additional professional programme, without quotes
 * @param academicHours the programme's volume in academic hours
 * @param studyStart the first day of study
 * @param studyEnd the last day of study
 * @param registrationNumber the number in the register of issued documents, e.g. "2026-00017"
 * @param blankSeries the series of the printed form; empty when the document is not issued on one
 * @param blankNumber the number of the printed form; empty when the document is not issued on one
 * @param issueDate the date of issue
 * @param organisationName the issuing organisation's full name
 * @param city the city where the document is issued
 * @param signatories who signs, in the order printed (one to four)
 * @param verificationUrl the public verification page the QR code leads to
 * @param verificationCode the code printed under the QR code for checking by hand
 */
public record CertificateDocument(
    CertificateKind kind,
    String surname,
    String name,
    String patronymic,
    String programmeTitle,
    int academicHours,
    LocalDate studyStart,
    LocalDate studyEnd,
    String registrationNumber,
    String blankSeries,
    String blankNumber,
    LocalDate issueDate,
    String organisationName,
    String city,
    List<Signatory> signatories,
    String verificationUrl,
    String verificationCode) {

  /** The form has room for this many signature lines. */
  public static final int MAX_SIGNATORIES = 4;

  public CertificateDocument {
    Objects.requireNonNull(kind, "kind");
    requireText(surname, "surname");
    requireText(name, "name");
    patronymic = patronymic == null ? "" : patronymic.strip();
    requireText(programmeTitle, "programmeTitle");
    if (academicHours <= 0) {
      throw new IllegalArgumentException("academicHours must be positive");
    }
    Objects.requireNonNull(studyStart, "studyStart");
    Objects.requireNonNull(studyEnd, "studyEnd");
    if (studyEnd.isBefore(studyStart)) {
      throw new IllegalArgumentException("studyEnd is before studyStart");
    }
    requireText(registrationNumber, "registrationNumber");
    blankSeries = blankSeries == null ? "" : blankSeries.strip();
    blankNumber = blankNumber == null ? "" : blankNumber.strip();
    Objects.requireNonNull(issueDate, "issueDate");
    requireText(organisationName, "organisationName");
    requireText(city, "city");
    signatories = List.copyOf(signatories);
    if (signatories.isEmpty() || signatories.size() > MAX_SIGNATORIES) {
      throw new IllegalArgumentException(
          "A certificate needs one to " + MAX_SIGNATORIES + " signatories");
    }
    requireText(verificationUrl, "verificationUrl");
    requireText(verificationCode, "verificationCode");
  }

  /** "Мария Петровна", or just the name when there is no patronymic. */
  public String nameAndPatronymic() {
    return patronymic.isEmpty() ? name : name + " " + patronymic;
  }

  /** Whether the document is printed on a numbered form. */
  public boolean hasBlank() {
    return !blankSeries.isEmpty() || !blankNumber.isEmpty();
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
  }
}
