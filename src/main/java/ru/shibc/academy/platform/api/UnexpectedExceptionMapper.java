package ru.shibc.academy.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last net. A body that is not the JSON it should be is the client's mistake (400); anything
 * else is ours: logged with an incident id, answered with that id and no stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = Requests.locale(headers);
    if (isMalformedBody(e)) {
      return Problem.of(locale, 400, "problem.malformedJson").toResponse();
    }
    if (isConcurrentDuplicate(e) || e instanceof jakarta.persistence.OptimisticLockException) {
      return Problem.of(locale, 409, "error.concurrentChange").toResponse();
    }
    return internal(locale, e);
  }

  static Response internal(Locale locale, Throwable e) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Problem.of(locale, 500, "problem.internal", incident).toResponse();
  }

  /**
   * A JSON failure while a message body reader reads the request; the same exceptions thrown
   * while the server writes JSON of its own are the server's fault, not the client's.
   */
  private static boolean isMalformedBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if ((t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException)
          && whileReadingRequest(t)) {
        return true;
      }
    }
    return false;
  }

  /** Two requests raced to create the same row; the unique key let one of them win. */
  private static boolean isConcurrentDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException
          || t instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private static boolean whileReadingRequest(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getMethodName().equals("readFrom")) {
        return true;
      }
      if (frame.getMethodName().equals("writeTo")) {
        return false;
      }
    }
    return false;
  }
}
