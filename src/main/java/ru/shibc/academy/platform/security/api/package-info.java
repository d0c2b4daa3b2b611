/** The token endpoint for API clients. */
package ru.shibc.academy.platform.security.api;
