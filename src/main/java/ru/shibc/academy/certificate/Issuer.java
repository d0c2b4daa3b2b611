package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation that issues certificates and who signs them, as configured. Each certificate
 * keeps a copy, so a later change of signatory does not alter documents already issued.
 *
 * @param signatoriesText "Position|Name" pairs separated by ";"
 */
public record Issuer(String name, String city, String signatoriesText) {

  /** One signature line. */
  public record Signatory(String position, String name) {}

  public List<Signatory> signatories() {
    return parse(signatoriesText);
  }

  static List<Signatory> parse(String text) {
    return Arrays.stream(text.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(
            s -> {
              String[] parts = s.split("\\|", 2);
              return parts.length == 2
                  ? new Signatory(parts[0].strip(), parts[1].strip())
                  : new Signatory("", parts[0].strip());
            })
        .toList();
  }

  /** The configured issuer. */
  @ApplicationScoped
  public static class Configured {
    @Inject
    @ConfigProperty(name = "shibc.certificate.issuer-name")
    String name;

    @Inject
    @ConfigProperty(name = "shibc.certificate.issuer-city")
    String city;

    @Inject
    @ConfigProperty(name = "shibc.certificate.signatories")
    String signatories;

    public Issuer get() {
      return new Issuer(name, city, signatories);
    }
  }
}
