package ru.shibc.academy.webinar;

/** A person as the webinar feature needs them: a name for rooms and lists, an address for mail. */
public record Participant(long id, String fullName, String email, long organisationId, String organisation) {}
