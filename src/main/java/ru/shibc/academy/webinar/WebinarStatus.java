package ru.shibc.academy.webinar;

public enum WebinarStatus {
  SCHEDULED,
  CANCELLED,
  ENDED
}
