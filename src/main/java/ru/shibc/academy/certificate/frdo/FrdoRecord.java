package ru.shibc.academy.certificate.frdo;

import java.util.Objects;

/**
 * One row of the ФИС ФРДО upload table: one document issued to one person. The fields are grouped
 * the way the template's columns are; {@link FrdoColumn} lists the columns in order and {@code
 * docs/FRDO.md} says where each comes from.
 *
 * @param document the document's kind, status and numbers
 * @param programme the programme and how it was studied
 * @param priorEducation the holder's earlier diploma, often {@link FrdoPriorEducation#UNKNOWN}
 * @param holder the person
 * @param original for a duplicate, the original it replaces; null for an original
 * @param changedDocumentNumber "Номер документа для изменения": set only to correct a row the
 *     register already holds, naming that row's document number; null otherwise
 */
public record FrdoRecord(
    FrdoDocument document,
    FrdoProgramme programme,
    FrdoPriorEducation priorEducation,
    FrdoHolder holder,
    FrdoOriginal original,
    String changedDocumentNumber) {

  public FrdoRecord {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(holder, "holder");
    priorEducation = priorEducation == null ? FrdoPriorEducation.UNKNOWN : priorEducation;
  }

  /** An original document, neither replacing nor correcting anything. */
  public static FrdoRecord of(FrdoDocument document, FrdoProgramme programme, FrdoHolder holder) {
    return new FrdoRecord(document, programme, FrdoPriorEducation.UNKNOWN, holder, null, null);
  }
}
