package ru.shibc.academy.course;

/** Форма обучения. */
public enum StudyForm {
  DISTANCE,
  BLENDED
}
