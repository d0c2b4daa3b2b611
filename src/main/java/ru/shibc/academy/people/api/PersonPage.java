package ru.shibc.academy.people.api;

import java.util.List;

/** One page of a staff search. */
public record PersonPage(List<PersonView> items, long total, int page, int size) {}
