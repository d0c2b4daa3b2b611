/** The audit log: who did what to which record, before and after, in the caller's transaction. */
package ru.shibc.academy.platform.audit;
