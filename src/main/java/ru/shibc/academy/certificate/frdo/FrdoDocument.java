package ru.shibc.academy.certificate.frdo;

import java.time.LocalDate;

/**
 * The document itself: what it is, whether it is an original or a duplicate, and the numbers
 * printed on it. Any field may be missing; {@link FrdoValidator} says which ones must not be.
 *
 * @param type удостоверение or диплом
 * @param status original or duplicate
 * @param lossConfirmed "Подтверждение утраты": the register is told the document was lost
 * @param exchangeConfirmed "Подтверждение обмена": the document was exchanged for a new one
 * @param destructionConfirmed "Подтверждение уничтожения": the document was destroyed
 * @param series the blank's series; often none, and then the template wants {@link #NO_SERIES}
 * @param number the blank's number
 * @param issueDate the date printed on the document
 * @param registrationNumber the number in the organisation's register of issued documents
 */
public record FrdoDocument(
    Type type,
    Status status,
    boolean lossConfirmed,
    boolean exchangeConfirmed,
    boolean destructionConfirmed,
    String series,
    String number,
    LocalDate issueDate,
    String registrationNumber) {

  /**
   * What the template's instructions ask for when a blank has no series: an empty cell is read as a
   * forgotten one.
   */
  public static final String NO_SERIES = "Нет";

  /** An original with none of the loss, exchange or destruction marks: the usual case. */
  public static FrdoDocument original(
      Type type, String series, String number, LocalDate issueDate, String registrationNumber) {
    return new FrdoDocument(
        type, Status.ORIGINAL, false, false, false, series, number, issueDate, registrationNumber);
  }

  /** The two documents of additional professional education (273-ФЗ art. 60 part 10). */
  public enum Type implements FrdoTerm {
    QUALIFICATION_UPGRADE_CERTIFICATE("Удостоверение о повышении квалификации"),
    RETRAINING_DIPLOMA("Диплом о профессиональной переподготовке");

    private final String text;

    Type(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /**
   * A duplicate repeats an original the holder lost or damaged, so it carries the original's data.
   */
  public enum Status implements FrdoTerm {
    ORIGINAL("Оригинал"),
    DUPLICATE("Дубликат");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
