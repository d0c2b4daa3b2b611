/** The REST API for organisations, staff, cohorts, staff import and the caller's own record. */
package ru.shibc.academy.people.api;
