package ru.shibc.academy.certificate.frdo;

/**
 * The higher or vocational education the holder already had, which additional professional
 * education builds on (273-ФЗ art. 76 part 3). The template asks for it, the register does not
 * insist on it, and the platform rarely knows it, so every field may be empty.
 *
 * @param level higher or secondary vocational
 * @param surname the surname on that diploma, which may differ from today's
 * @param series that diploma's series
 * @param number that diploma's number
 */
public record FrdoPriorEducation(Level level, String surname, String series, String number) {

  /** Nothing known about the holder's earlier education. */
  public static final FrdoPriorEducation UNKNOWN = new FrdoPriorEducation(null, null, null, null);

  /** The levels of education that admit to additional professional programmes. */
  public enum Level implements FrdoTerm {
    HIGHER("Высшее образование"),
    SECONDARY_VOCATIONAL("Среднее профессиональное образование");

    private final String text;

    Level(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
