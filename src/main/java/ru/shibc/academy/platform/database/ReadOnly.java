package ru.shibc.academy.platform.database;

/**
 * EclipseLink's read-only query hint, for rows that are only shown: the entities are built once
 * and not copied into a unit of work, nor compared for changes afterwards. Never use it for an
 * entity that the caller may change; the change would be lost.
 */
public final class ReadOnly {

  /** The hint's name ({@code QueryHints.READ_ONLY}; EclipseLink is not on our compile path). */
  public static final String HINT = "eclipselink.read-only";

  private ReadOnly() {}
}
