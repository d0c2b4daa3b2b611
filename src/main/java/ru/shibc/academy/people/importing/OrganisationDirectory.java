package ru.shibc.academy.people.importing;

import java.util.Optional;

/** Finds the organisation a staff list row names; implemented by the caller over its data. */
@FunctionalInterface
public interface OrganisationDirectory {

  /**
   * The id of the organisation with this full or short name, matched case-insensitively.
   *
   * @param nameOrShortName the cell value, trimmed, with runs of spaces collapsed to one
   */
  Optional<Long> find(String nameOrShortName);
}
