/**
 * Reading and checking a staff list (CSV or XLSX) that an administrator uploads to import library
 * staff.
 *
 * <p>{@link ru.shibc.academy.people.importing.StaffFileReader} turns the bytes into rows, {@link
 * ru.shibc.academy.people.importing.StaffRowValidator} turns the rows into a preview with per-row
 * problems. Nothing here persists anything: the caller shows the preview and saves the valid
 * candidates itself.
 *
 * <p>May depend on the JDK, Apache POI, Apache Commons CSV and {@code ru.shibc.academy.people}
 * value objects. Must not depend on CDI, JPA, JSF or any other container API, so that it stays
 * testable as plain Java; the lookups it needs come in through {@link
 * ru.shibc.academy.people.importing.OrganisationDirectory} and {@link
 * ru.shibc.academy.people.importing.ExistingStaff}.
 */
package ru.shibc.academy.people.importing;
