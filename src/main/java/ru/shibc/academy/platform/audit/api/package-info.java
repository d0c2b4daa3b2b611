/** The audit log for administrators over the API. */
package ru.shibc.academy.platform.audit.api;
