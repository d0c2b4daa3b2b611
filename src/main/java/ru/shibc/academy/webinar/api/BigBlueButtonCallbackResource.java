package ru.shibc.academy.webinar.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.Problem;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.webinar.AnalyticsCallbacks;

/**
 * BigBlueButton's analytics callback. No login: the request proves itself with the HS512 token
 * signed by the shared secret. A forged one gets 401, a replay 409, an unknown meeting 403, and
 * none of them stores anything.
 */
@Path("webinars/bigbluebutton")
@RequestScoped
@Tag(name = "Webinars")
public class BigBlueButtonCallbackResource {

  @Inject private AnalyticsCallbacks callbacks;
  @Context private HttpHeaders headers;

  @POST
  @Path("analytics")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The meeting-end analytics callback of BigBlueButton (attendance evidence)")
  public Response analytics(@HeaderParam("Authorization") String authorization, String body) {
    try {
      int rows = callbacks.receive(authorization, body);
      return Response.ok("{\"attendance\":" + rows + "}").build();
    } catch (AnalyticsCallbacks.Refused e) {
      return Problem.of(Requests.locale(headers), e.status(), e.getMessage()).toResponse();
    } catch (jakarta.transaction.TransactionalException e) {
      if (e.getCause() instanceof AnalyticsCallbacks.Refused refused) {
        return Problem.of(Requests.locale(headers), refused.status(), refused.getMessage()).toResponse();
      }
      throw e;
    }
  }
}
