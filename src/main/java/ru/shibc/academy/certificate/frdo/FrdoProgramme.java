package ru.shibc.academy.certificate.frdo;

/**
 * The programme the document was issued for and how it was studied.
 *
 * @param type qualification upgrade or professional retraining
 * @param name the programme's title as printed on the document
 * @param professionalField "Наименование области профессиональной деятельности": for retraining,
 *     the field the diploma admits to; may be empty for a qualification upgrade
 * @param specialtyGroups "Укрупненные группы специальностей", where the programme names them
 * @param qualification the qualification awarded by a retraining programme, if any
 * @param startYear the year study began
 * @param endYear the year study ended
 * @param hours the programme's length in academic hours
 * @param studyForm full-time, part-time or extramural
 * @param fundingSource the text of the template's funding list, configured per organisation:
 *     template versions word it differently, so it is copied from the template in use rather than
 *     fixed here
 * @param setting whether the education was received in the organisation or outside it
 */
public record FrdoProgramme(
    Type type,
    String name,
    String professionalField,
    String specialtyGroups,
    String qualification,
    Integer startYear,
    Integer endYear,
    Integer hours,
    StudyForm studyForm,
    String fundingSource,
    Setting setting) {

  /**
   * The kinds of additional professional programme, each with the least number of hours the law
   * allows (Порядок approved by Приказ Минобрнауки № 499 of 01.07.2013, item 12).
   */
  public enum Type implements FrdoTerm {
    QUALIFICATION_UPGRADE("Повышение квалификации", 16),
    RETRAINING("Профессиональная переподготовка", 250);

    private final String text;
    private final int minimumHours;

    Type(String text, int minimumHours) {
      this.text = text;
      this.minimumHours = minimumHours;
    }

    @Override
    public String text() {
      return text;
    }

    /** The shortest programme of this kind that may end with a document. */
    public int minimumHours() {
      return minimumHours;
    }
  }

  /**
   * Forms of study under 273-ФЗ art. 17. Distance technologies are a way of teaching, not a form,
   * so a course taken online is still one of these three.
   */
  public enum StudyForm implements FrdoTerm {
    FULL_TIME("Очная"),
    PART_TIME("Очно-заочная"),
    EXTRAMURAL("Заочная");

    private final String text;

    StudyForm(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /** Where the education was received when study ended; the template's list is lower-case. */
  public enum Setting implements FrdoTerm {
    IN_ORGANISATION("в образовательной организации"),
    OUTSIDE_ORGANISATION("вне образовательной организации");

    private final String text;

    Setting(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
