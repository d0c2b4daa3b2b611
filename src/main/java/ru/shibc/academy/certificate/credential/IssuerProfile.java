package ru.shibc.academy.certificate.credential;

import java.net.URI;

/**
 * The organisation that issues the certificates, as an Open Badges {@code Profile}.
 *
 * @param id where the profile is published, {@code {baseUrl}/issuer}; it is also the JWT {@code
 *     iss}, so it must not change once credentials are out
 * @param name the organisation's name as printed on the certificate
 * @param url the organisation's home page
 */
public record IssuerProfile(URI id, String name, URI url) {

  public IssuerProfile {
    Checks.requireAbsolute(id, "issuer id");
    name = Checks.requireText(name, "issuer name");
    Checks.requireAbsolute(url, "issuer url");
  }
}
