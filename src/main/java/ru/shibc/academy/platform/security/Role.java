package ru.shibc.academy.platform.security;

/** What a person may do on the platform; one person may hold several roles. */
public enum Role {
  /** Takes courses, webinars and attestation. */
  LEARNER,
  /** Authors courses, schedules webinars, enrols staff, grades, issues certificates. */
  METHODOLOGIST,
  /** Reads statistics and runs the roadmap. */
  DEPARTMENT,
  /** Accounts, organisations, settings. */
  ADMIN;

  /** Role names as annotations need them. */
  public static final class Names {
    public static final String LEARNER = "LEARNER";
    public static final String METHODOLOGIST = "METHODOLOGIST";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
