package ru.shibc.academy.webinar;

public enum RegistrationStatus {
  REGISTERED,
  WAITLISTED,
  CANCELLED
}
