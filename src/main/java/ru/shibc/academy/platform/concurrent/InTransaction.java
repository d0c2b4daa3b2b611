package ru.shibc.academy.platform.concurrent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/**
 * Runs a task in a transaction of its own. Outside a transaction the container hands a task the
 * entity manager of the request that started it (and closes it when the task ends, while the
 * request still reads with it); inside one, each thread reads with its own.
 */
@ApplicationScoped
class InTransaction {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  <T> T call(Callable<T> task) throws Exception {
    return task.call();
  }
}
