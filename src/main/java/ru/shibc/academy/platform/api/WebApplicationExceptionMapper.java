package ru.shibc.academy.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type, bad parameter) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internal(Requests.locale(headers), e);
    }
    // A parameter that cannot be converted (e.g. ?page=abc) arrives as 404 from JAX-RS.
    String key = status == 404 && e.getCause() != null ? "problem.badParameter" : "problem.http." + status;
    int shown = status == 404 && e.getCause() != null ? 400 : status;
    Response response = Problem.of(Requests.locale(headers), shown, key).toResponse();
    if (status == 401) {
      return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }
    if (status == 405 && e.getResponse().getAllowedMethods() != null) {
      return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
    }
    return response;
  }
}
