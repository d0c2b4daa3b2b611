package ru.shibc.academy.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import ru.shibc.academy.platform.i18n.Messages;

/** Refusals the domain explains: 400, 403, 404, 409 or 422 with the reason. */
@Provider
public class AcademyExceptionMapper implements ExceptionMapper<AcademyException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(AcademyException e) {
    Locale locale = Requests.locale(headers);
    Problem problem = Problem.of(locale, e.kind().status(), e.messageKey(), e.args());
    e.fieldErrors()
        .forEach(f -> problem.error(f.field(), Messages.text(locale, f.messageKey(), f.args())));
    return problem.toResponse();
  }
}
