package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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

  private static final int RENDER_AHEAD = 8;

  private final CertificatePdf renderer = new CertificatePdf();

  @Resource private ManagedExecutorService executor;

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

  /**
   * Writes the filter's PDFs into a ZIP in register order; answers how many. Rendering is the
   * cost, so a few documents are rendered ahead on the container's executor while the stream
   * writes the ones before them: both cores work.
   */
  public int zip(CertificateRegister.Filter filter, OutputStream out) {
    ArrayDeque<Future<Entry>> ahead = new ArrayDeque<>();
    int[] count = {0};
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      register.forEach(
          filter,
          c -> {
            ahead.add(executor.submit(() -> new Entry(fileName(c), render(c))));
            if (ahead.size() >= RENDER_AHEAD) {
              write(zip, ahead.poll());
              count[0]++;
            }
          });
      while (!ahead.isEmpty()) {
        write(zip, ahead.poll());
        count[0]++;
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ahead.forEach(f -> f.cancel(true));
    }
    return count[0];
  }

  private record Entry(String name, byte[] pdf) {}

  private static void write(ZipOutputStream zip, Future<Entry> next) {
    try {
      Entry e = next.get();
      zip.putNextEntry(new ZipEntry(e.name()));
      zip.write(e.pdf());
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Rendering a certificate failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
