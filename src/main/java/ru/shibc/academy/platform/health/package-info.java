/** Readiness checks for /health. */
package ru.shibc.academy.platform.health;
