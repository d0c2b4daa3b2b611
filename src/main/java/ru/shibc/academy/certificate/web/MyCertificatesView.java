package ru.shibc.academy.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.shibc.academy.certificate.Certificate;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.platform.security.CurrentUser;

/** "Мои удостоверения": the signed-in person's certificates, newest first, with their files. */
@Named("myCertificates")
@RequestScoped
public class MyCertificatesView {

  @Inject private Certificates certificates;
  @Inject private CurrentUser currentUser;

  private List<Certificate> mine;

  /** Whether the caller is a person of the district, who may hold certificates at all. */
  public boolean isAvailable() {
    return currentUser.personId().isPresent();
  }

  public List<Certificate> getCertificates() {
    if (mine == null) {
      mine = currentUser.personId().map(certificates::ofPerson).orElse(List.of());
    }
    return mine;
  }

  public boolean isNone() {
    return getCertificates().isEmpty();
  }

  /** How many are valid, for the home page. */
  public long getValidCount() {
    return getCertificates().stream().filter(c -> c.getStatus() == ru.shibc.academy.certificate.CertificateStatus.VALID).count();
  }

  public String date(java.time.LocalDate day) {
    return CertificateTexts.date(day);
  }

  public String severity(Certificate c) {
    return CertificateTexts.severity(c.getStatus());
  }
}
