package ru.shibc.academy.people.api;

import java.time.LocalDate;
import java.util.Set;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Sex;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Role;

/**
 * A member of staff as the API shows them. {@code snils} and {@code birthDate} are null (and so
 * absent from the JSON) for readers who may not see personal data.
 */
public record PersonView(
    long id,
    String surname,
    String name,
    String patronymic,
    String fullName,
    String position,
    long organisationId,
    String organisation,
    String email,
    String snils,
    LocalDate birthDate,
    Sex sex,
    String username,
    Set<Role> roles,
    long version) {

  static PersonView of(Person p, Account account, boolean personalData) {
    return new PersonView(
        p.getId(),
        p.getSurname(),
        p.getName(),
        p.getPatronymic(),
        p.fullName(),
        p.getPosition(),
        p.getOrganisation().getId(),
        p.getOrganisation().getShortName(),
        p.getEmail(),
        personalData && p.getSnils() != null ? p.getSnils().formatted() : null,
        personalData ? p.getBirthDate() : null,
        personalData ? p.getSex() : null,
        account == null ? null : account.getUsername(),
        account == null ? Set.of() : account.getRoles(),
        p.getVersion());
  }
}
