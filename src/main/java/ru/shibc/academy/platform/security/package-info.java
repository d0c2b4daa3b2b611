/** Accounts, password hashing, sign-in with lockout, API tokens and the one authentication mechanism for pages and API. Depends on platform.api only for errors. */
package ru.shibc.academy.platform.security;
