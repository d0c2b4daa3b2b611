package ru.shibc.academy.webinar.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.shibc.academy.platform.api.Problem;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.webinar.ConferenceUnavailable;

/** The conferencing service failed: 502 with a text saying how, and nothing was changed. */
@Provider
public class ConferenceUnavailableMapper implements ExceptionMapper<ConferenceUnavailable> {

  private static final Logger LOG = Logger.getLogger(ConferenceUnavailableMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConferenceUnavailable e) {
    LOG.log(Level.WARNING, "conferencing service: " + e.messageKey(), e.getCause());
    return Problem.of(Requests.locale(headers), 502, e.messageKey()).toResponse();
  }
}
