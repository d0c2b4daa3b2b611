package ru.shibc.academy.certificate.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.shibc.academy.certificate.Credentials;
import ru.shibc.academy.certificate.credential.OpenBadgeCredentials;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * The credential issuer, public: its Open Badges profile and the public key that verifies every
 * credential it signed, at the URL each token names as its {@code kid}.
 */
@Path("public/issuer")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class IssuerResource {

  @Inject private Credentials credentials;

  @GET
  public JsonObject profile() {
    return OpenBadgeCredentials.profile(credentials.profile());
  }

  @GET
  @Path("keys/{thumbprint}")
  @Produces({"application/jwk+json", MediaType.APPLICATION_JSON})
  public JsonObject key(@PathParam("thumbprint") String thumbprint) {
    if (!credentials.thumbprint().equals(thumbprint)) {
      throw AcademyException.notFound("key");
    }
    return credentials.publicJwk();
  }
}
