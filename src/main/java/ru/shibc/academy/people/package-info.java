/**
 * The district: organisations (schools with their ШИБЦ model stage), staff, accounts given to
 * staff, cohorts and staff import. Depends on platform only.
 */
package ru.shibc.academy.people;
