package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ConcurrentHashMap;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * Parsed questions by id, for checking responses as they are saved. An edit on this node drops
 * its entry; another node may check a response against the previous text for up to a minute,
 * which only matters for the response's shape; grading always reads the current question.
 */
@ApplicationScoped
public class QuestionCache {

  private static final long TTL_NANOS = 60_000_000_000L;

  private record Entry(Question question, long loadedAt) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  private final ConcurrentHashMap<Long, Entry> cache = new ConcurrentHashMap<>();

  public Question get(long questionId) {
    long now = System.nanoTime();
    Entry e = cache.get(questionId);
    if (e == null || now - e.loadedAt() > TTL_NANOS) {
      BankQuestion q = em.find(BankQuestion.class, questionId);
      if (q == null) {
        throw AcademyException.notFound("question");
      }
      e = new Entry(q.question(), now);
      cache.put(questionId, e);
    }
    return e.question();
  }

  void forget(long questionId) {
    cache.remove(questionId);
  }
}
