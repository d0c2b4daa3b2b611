package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.certificate.pdf.CertificateDocument;
import ru.shibc.academy.certificate.pdf.CertificatePdf;
import ru.shibc.academy.certificate.pdf.Signatory;

/**
 * Certificates as PDFs, rendered from the stored copy of what they say, so the same certificate
 * always gives the same document; and a filter's PDFs as one ZIP, written as it is rendered.
 */
@ApplicationScoped
public class CertificatePdfs {

  private final CertificatePdf renderer = new CertificatePdf();

  @Inject private CertificateRegister register;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  public byte[] render(Certificate c) {
    return renderer.render(document(c));
  }

  /** "Удостоверение 2026-00017 Иванова М. П.pdf". */
  public static String fileName(Certificate c) {
    String kind = c.getKind() == CertificateKind.RETRAINING_DIPLOMA ? "Диплом" : "Удостоверение";
    return (kind + " " + c.getRegistrationNumber() + " " + c.holderMaskedName()).replaceAll("[\\\\/:*?\"<>|]", "_")
        + ".pdf";
  }

  /** Writes the filter's PDFs into a ZIP; answers how many. */
  public int zip(CertificateRegister.Filter filter, OutputStream out) {
    int[] count = {0};
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      register.forEach(
          filter,
          c -> {
            try {
              zip.putNextEntry(new ZipEntry(fileName(c)));
              zip.write(render(c));
              zip.closeEntry();
              count[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }

  CertificateDocument document(Certificate c) {
    return new CertificateDocument(
        c.getKind(), c.getHolderSurname(), c.getHolderName(), c.getHolderPatronymic(), c.getProgrammeTitle(),
        c.getAcademicHours(), c.getStudiedFrom(), c.getStudiedTo(), c.getRegistrationNumber(), c.getBlankSeries(),
        c.getBlankNumber(), c.getIssuedOn(), c.getIssuerName(), c.getIssuerCity(),
        Issuer.parse(c.getSignatories()).stream().limit(CertificateDocument.MAX_SIGNATORIES)
            .map(s -> new Signatory(s.position(), s.name())).toList(),
        publicBaseUrl + "/verify/" + c.getVerificationCode(), c.getVerificationCode());
  }
}
