/** The audit log page for administrators. */
package ru.shibc.academy.platform.audit.web;
