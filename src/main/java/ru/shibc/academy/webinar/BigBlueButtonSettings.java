package ru.shibc.academy.webinar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.webinar.bigbluebutton.AnalyticsCallbackVerifier;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonClient;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonConfig;

/**
 * The BigBlueButton server from configuration; without a URL and a secret the provider is simply
 * not offered (webinars then use external links).
 */
@ApplicationScoped
public class BigBlueButtonSettings {

  private static final Logger LOG = Logger.getLogger(BigBlueButtonSettings.class.getName());

  @Inject
  @ConfigProperty(name = "shibc.webinar.bbb.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "shibc.webinar.bbb.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "shibc.webinar.bbb.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  @Inject private Clock clock;

  private BigBlueButtonClient client;
  private AnalyticsCallbackVerifier verifier;

  @PostConstruct
  void init() {
    if (url.isEmpty() || secret.isEmpty()) {
      return;
    }
    try {
      BigBlueButtonConfig config =
          BigBlueButtonConfig.of(URI.create(url.get().strip()), secret.get().strip())
              .withTimeouts(Duration.ofSeconds(Math.min(5, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds));
      client = new BigBlueButtonClient(config);
      verifier = new AnalyticsCallbackVerifier(secret.get().strip(), clock);
    } catch (IllegalArgumentException e) {
      LOG.warning("BigBlueButton is not usable: " + e.getMessage());
    }
  }

  public Optional<BigBlueButtonClient> client() {
    return Optional.ofNullable(client);
  }

  public Optional<AnalyticsCallbackVerifier> verifier() {
    return Optional.ofNullable(verifier);
  }
}
