package ru.shibc.academy.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.database.AcademyDataSource;

/**
 * Whether this install shows the demo district. On by default on the embedded database (a first
 * look), off on a configured database unless {@code SHIBC_DEMO=true}.
 */
@ApplicationScoped
public class DemoMode {

  @Inject
  @ConfigProperty(name = "shibc.demo")
  Optional<Boolean> demo;

  @Inject
  @ConfigProperty(name = "shibc.db.url")
  String databaseUrl;

  public boolean isOn() {
    return demo.orElse(AcademyDataSource.EMBEDDED.equalsIgnoreCase(databaseUrl.trim()));
  }
}
