/**
 * Reading independent figures at the same time on the container's executor, so that both cores of
 * the server work on one answer (the department's dashboard does), without a task ever waiting for
 * another task.
 */
package ru.shibc.academy.platform.concurrent;
