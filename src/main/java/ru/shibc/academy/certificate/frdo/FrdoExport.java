package ru.shibc.academy.certificate.frdo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.certificate.Certificate;
import ru.shibc.academy.certificate.CertificateKind;
import ru.shibc.academy.certificate.CertificateOrigin;
import ru.shibc.academy.certificate.CertificateRegister;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;

/**
 * The register's certificates as ФИС ФРДО records: the document from the certificate, the
 * holder's birth date, sex and СНИЛС from their staff record, and the funding source from
 * configuration. A reissued certificate goes as a duplicate of the one it replaced.
 */
@ApplicationScoped
public class FrdoExport {

  /** The records and what must be fixed before they can be uploaded. */
  public record Export(List<FrdoRecord> records, List<FrdoProblem> problems) {}

  @Inject private CertificateRegister register;
  @Inject private Certificates certificates;
  @Inject private Staff staff;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.frdo.funding-source", defaultValue = "Бюджетное обучение")
  private String fundingSource;

  public Export of(CertificateRegister.Filter filter) {
    List<Certificate> found = new ArrayList<>();
    register.forEach(filter, found::add);
    Map<Long, Person> people = new HashMap<>();
    for (Person p : staff.byIds(found.stream().map(Certificate::getPersonId).distinct().toList())) {
      people.put(p.getId(), p);
    }
    List<FrdoRecord> records = found.stream().map(c -> record(c, people.get(c.getPersonId()))).toList();
    return new Export(records, new FrdoValidator(clock).check(records));
  }

  private FrdoRecord record(Certificate c, Person person) {
    boolean diploma = c.getKind() == CertificateKind.RETRAINING_DIPLOMA;
    Certificate original =
        c.getOrigin() == CertificateOrigin.REISSUE && c.getReplacesId() != null
            ? certificates.find(c.getReplacesId()).orElse(null)
            : null;
    FrdoDocument document =
        new FrdoDocument(
            diploma ? FrdoDocument.Type.RETRAINING_DIPLOMA : FrdoDocument.Type.QUALIFICATION_UPGRADE_CERTIFICATE,
            original == null ? FrdoDocument.Status.ORIGINAL : FrdoDocument.Status.DUPLICATE, false, false, false,
            c.getBlankSeries() == null ? FrdoDocument.NO_SERIES : c.getBlankSeries(),
            // without a printed blank the registration number is the document's number
            c.getBlankNumber() == null ? c.getRegistrationNumber() : c.getBlankNumber(), c.getIssuedOn(),
            c.getRegistrationNumber());
    FrdoProgramme programme =
        new FrdoProgramme(
            diploma ? FrdoProgramme.Type.RETRAINING : FrdoProgramme.Type.QUALIFICATION_UPGRADE, c.getProgrammeTitle(),
            null, null, null, c.getStudiedFrom().getYear(), c.getStudiedTo().getYear(), c.getAcademicHours(),
            "BLENDED".equals(c.getStudyForm()) ? FrdoProgramme.StudyForm.PART_TIME : FrdoProgramme.StudyForm.EXTRAMURAL,
            fundingSource, FrdoProgramme.Setting.IN_ORGANISATION);
    FrdoHolder holder =
        new FrdoHolder(
            c.getHolderSurname(), c.getHolderName(), c.getHolderPatronymic(),
            person == null ? null : person.getBirthDate(), person == null ? null : sex(person),
            person == null || person.getSnils() == null ? null : person.getSnils().formatted(), FrdoHolder.RUSSIA);
    FrdoOriginal originalFields =
        original == null
            ? null
            : new FrdoOriginal(
                diploma ? FrdoDocument.Type.RETRAINING_DIPLOMA.text() : FrdoDocument.Type.QUALIFICATION_UPGRADE_CERTIFICATE.text(),
                original.getBlankSeries() == null ? FrdoDocument.NO_SERIES : original.getBlankSeries(),
                original.getBlankNumber() == null ? original.getRegistrationNumber() : original.getBlankNumber(),
                original.getRegistrationNumber(), original.getIssuedOn(), original.getHolderSurname(),
                original.getHolderName(), original.getHolderPatronymic());
    return new FrdoRecord(document, programme, FrdoPriorEducation.UNKNOWN, holder, originalFields, null);
  }

  private static FrdoHolder.Sex sex(Person p) {
    if (p.getSex() == null) {
      return null;
    }
    return p.getSex() == ru.shibc.academy.people.Sex.F ? FrdoHolder.Sex.FEMALE : FrdoHolder.Sex.MALE;
  }
}
