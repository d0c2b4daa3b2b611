package ru.shibc.academy.people;

/** What an organisation of the district is. */
public enum OrganisationKind {
  /** Отдел образования: runs the roadmap and reads the statistics. */
  EDUCATION_DEPARTMENT,
  /** Районный методический кабинет: authors courses, schedules webinars, grades. */
  METHODOLOGICAL_OFFICE,
  /** A school with a library on its way to a ШИБЦ. */
  SCHOOL,
  /** Центр детского творчества and other supplementary education centres. */
  SUPPLEMENTARY_CENTRE
}
