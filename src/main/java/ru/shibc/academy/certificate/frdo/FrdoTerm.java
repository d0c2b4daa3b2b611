package ru.shibc.academy.certificate.frdo;

/**
 * A value picked from one of the template's drop-down lists. The register compares these texts
 * literally, so each one lives in exactly one constant and is never built or translated.
 */
public interface FrdoTerm {

  /** The text exactly as the template's list spells it. */
  String text();
}
