package ru.shibc.academy.webinar.calendar;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A person in a calendar entry: the organiser or an invitee.
 *
 * @param name the name calendars show ({@code CN})
 * @param email the address; calendars reply to it
 */
public record CalendarPerson(String name, String email) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s:]+@[^@\\s:]+");

  public CalendarPerson {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the name is missing");
    }
    name = name.strip();
    if (email == null || !EMAIL.matcher(email.strip()).matches()) {
      throw new IllegalArgumentException("not an e-mail address: " + email);
    }
    email = email.strip();
  }

  URI mailto() {
    return URI.create("mailto:" + email);
  }
}
