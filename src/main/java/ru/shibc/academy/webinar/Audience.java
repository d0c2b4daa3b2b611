package ru.shibc.academy.webinar;

/** Who may register: everyone, the staff of some schools, or the members of some cohorts. */
public enum Audience {
  ALL,
  SCHOOLS,
  COHORTS
}
