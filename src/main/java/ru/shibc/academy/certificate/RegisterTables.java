package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.i18n.Messages;

/** The register, filtered, as an XLSX or CSV table in Russian. */
@ApplicationScoped
public class RegisterTables {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String[] HEADER = {
    "register.col.number", "register.col.kind", "register.col.status", "register.col.holder",
    "register.col.organisation", "register.col.programme", "register.col.hours", "register.col.from",
    "register.col.to", "register.col.issuedOn", "register.col.blank", "register.col.origin", "register.col.reason"
  };

  @Inject private CertificateRegister register;
  @Inject private Organisations organisations;

  /** The rows of the filter; empty when nothing matches. */
  public List<String[]> rows(CertificateRegister.Filter filter) {
    Map<Long, String> schools =
        organisations.list(null).stream().collect(Collectors.toMap(Organisation::getId, Organisation::getShortName));
    List<String[]> rows = new ArrayList<>();
    register.forEach(
        filter,
        c ->
            rows.add(
                new String[] {
                  c.getRegistrationNumber(), t("certificate.kind." + c.getKind()), t("certificate.status." + c.getStatus()),
                  c.holderFullName(), schools.getOrDefault(c.getOrganisationId(), ""), c.getProgrammeTitle(),
                  Integer.toString(c.getAcademicHours()), DATE.format(c.getStudiedFrom()), DATE.format(c.getStudiedTo()),
                  DATE.format(c.getIssuedOn()), blank(c), t("certificate.origin." + c.getOrigin()),
                  c.getStatus() == CertificateStatus.REVOKED ? c.getRevokeReason() : nullToEmpty(c.getReason())
                }));
    return rows;
  }

  public byte[] xlsx(List<String[]> rows) {
    return TableFiles.xlsx(t("register.sheet"), header(), rows);
  }

  public byte[] csv(List<String[]> rows) {
    return TableFiles.csv(header(), rows);
  }

  private static String[] header() {
    return java.util.Arrays.stream(HEADER).map(RegisterTables::t).toArray(String[]::new);
  }

  private static String blank(Certificate c) {
    if (c.getBlankNumber() == null) {
      return "";
    }
    return c.getBlankSeries() == null ? c.getBlankNumber() : c.getBlankSeries() + " " + c.getBlankNumber();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String t(String key) {
    return Messages.text(Messages.RUSSIAN, key);
  }

}
