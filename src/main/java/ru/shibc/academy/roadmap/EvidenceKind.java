package ru.shibc.academy.roadmap;

/** What an evidence document is: приказ, протокол, справка, отчёт or другое. */
public enum EvidenceKind {
  ORDER,
  MINUTES,
  REFERENCE,
  REPORT,
  OTHER
}
