package ru.shibc.academy.certificate.frdo;

/**
 * The columns of the ФИС ФРДО upload template for additional professional education, in the
 * template's order. The headers are the register's own wording, typos and spacing included: the
 * import matches them literally, so they are data, not interface text for the bundles.
 */
public enum FrdoColumn {
  DOCUMENT_TYPE("Вид документа"),
  DOCUMENT_STATUS("Статус документа"),
  LOSS_CONFIRMED("Подтверждение утраты"),
  EXCHANGE_CONFIRMED("Подтверждение обмена"),
  DESTRUCTION_CONFIRMED("Подтверждение уничтожения"),
  SERIES("Серия документа"),
  NUMBER("Номер документа"),
  ISSUE_DATE("Дата выдачи документа"),
  REGISTRATION_NUMBER("Регистрационный номер"),
  PROGRAMME_TYPE(
      "Дополнительная профессиональная программа"
          + " (повышение квалификации/ профессиональная переподготовка)"),
  PROGRAMME_NAME("Наименование дополнительной профессиональной программы"),
  PROFESSIONAL_FIELD("Наименование области профессиональной деятельности"),
  SPECIALTY_GROUPS("Укрупненные группы специальностей"),
  QUALIFICATION("Наименование квалификации, профессии, специальности"),
  PRIOR_EDUCATION_LEVEL("Уровень образования ВО/СПО"),
  PRIOR_DIPLOMA_SURNAME("Фамилия указанная в дипломе о ВО или СПО"),
  PRIOR_DIPLOMA_SERIES("Серия документа о ВО/СПО"),
  PRIOR_DIPLOMA_NUMBER("Номер документа о ВО/СПО"),
  START_YEAR("Год начала обучения (для документа о квалификации)"),
  END_YEAR("Год окончания обучения (для документа о квалификации)"),
  HOURS("Срок обучения, часов (для документа о квалификации)"),
  SURNAME("Фамилия получателя"),
  NAME("Имя получателя"),
  PATRONYMIC("Отчество получателя"),
  BIRTH_DATE("Дата рождения получателя"),
  SEX("Пол получателя"),
  SNILS("СНИЛС"),
  STUDY_FORM("Форма обучения"),
  FUNDING_SOURCE("Источник финансирования обучения"),
  EDUCATION_SETTING("Форма получения образования на момент прекращения образовательных отношений"),
  CITIZENSHIP("Гражданство получателя (код страны по ОКСМ)"),
  ORIGINAL_DOCUMENT_NAME("Наименование документа об образовании (оригинала)"),
  ORIGINAL_SERIES("Серия (оригинала)"),
  ORIGINAL_NUMBER("Номер (оригинала)"),
  ORIGINAL_REGISTRATION_NUMBER("Регистрационный N (оригинала)"),
  ORIGINAL_ISSUE_DATE("Дата выдачи (оригинала)"),
  ORIGINAL_SURNAME("Фамилия получателя (оригинала)"),
  ORIGINAL_NAME("Имя получателя (оригинала)"),
  ORIGINAL_PATRONYMIC("Отчество получателя (оригинала)"),
  CHANGED_DOCUMENT_NUMBER("Номер документа для изменения");

  private final String header;

  FrdoColumn(String header) {
    this.header = header;
  }

  /** The header cell's text in the template. */
  public String header() {
    return header;
  }
}
