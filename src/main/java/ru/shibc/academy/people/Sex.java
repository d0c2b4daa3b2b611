package ru.shibc.academy.people;

/** Sex as education documents and ФИС ФРДО record it. */
public enum Sex {
  M,
  F;

  /**
   * Sex as a Russian patronymic shows it (…вна, …чна, …кызы are female; …ич, …оглы male), or null
   * where it does not: for demo people, never for real ones, who say it themselves.
   */
  public static Sex fromPatronymic(String patronymic) {
    if (patronymic == null) {
      return null;
    }
    String p = patronymic.strip().toLowerCase(java.util.Locale.ROOT);
    if (p.endsWith("вна") || p.endsWith("чна") || p.endsWith("кызы")) {
      return F;
    }
    if (p.endsWith("ич") || p.endsWith("оглы")) {
      return M;
    }
    return null;
  }
}
