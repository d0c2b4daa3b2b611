package ru.shibc.academy.platform.concurrent;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Independent reads at the same time: a task is started on the container's executor while the
 * caller's thread reads something else, and the caller then waits for it. Each task reads in a
 * transaction of its own ({@link InTransaction}), on a connection of its own; callers read in
 * theirs, so that no entity manager is ever shared between threads.
 *
 * <p>Only a caller's own thread ever waits: a task that starts a task (one aggregate that is itself
 * read in halves, started by a page that reads several aggregates) runs it right away in its own
 * thread, since the default executor may have a single worker, which would wait for itself.
 */
@ApplicationScoped
public class Concurrently {

  private static final ThreadLocal<Boolean> IN_TASK = ThreadLocal.withInitial(() -> false);

  @Resource private ManagedExecutorService executor;

  @Inject private InTransaction inTransaction;

  /** Starts {@code task} on the executor (or runs it now, inside a task); {@link #result} waits for it. */
  public <T> Future<T> start(Callable<T> task) {
    if (IN_TASK.get()) {
      try {
        return CompletableFuture.completedFuture(task.call());
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return executor.submit(
        () -> {
          IN_TASK.set(true);
          try {
            return inTransaction.call(task);
          } finally {
            IN_TASK.remove();
          }
        });
  }

  /** The task's result, or its own exception (an {@code AcademyException} stays one). */
  public static <T> T result(Future<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new IllegalStateException("interrupted while waiting for a figure", e);
    }
  }
}
