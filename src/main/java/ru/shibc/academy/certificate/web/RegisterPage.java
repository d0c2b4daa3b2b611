package ru.shibc.academy.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.shibc.academy.certificate.Certificate;
import ru.shibc.academy.certificate.CertificateRegister;
import ru.shibc.academy.certificate.CertificateRegister.Filter;
import ru.shibc.academy.certificate.CertificateRegister.Sort;
import ru.shibc.academy.certificate.CertificateStatus;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.certificate.frdo.FrdoExport;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/**
 * The register (реестр) for methodologists, the department and administrators: search by holder,
 * number, school, course, period and status; revoke and reissue; the filter's files through the
 * API (XLSX, CSV, PDFs, ФИС ФРДО).
 */
@Named("registerPage")
@ViewScoped
public class RegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's sortable columns, by the property each sorts on. */
  private static final Map<String, Sort> SORTS =
      Map.of("issuedOn", Sort.ISSUED_ON, "registrationNumber", Sort.NUMBER, "holderSurname", Sort.HOLDER,
          "programmeTitle", Sort.PROGRAMME);

  /** One row of the ФИС ФРДО check, in the reader's language. */
  public record FrdoIssue(String holder, String registrationNumber, String column, String problem) implements Serializable {}

  @Inject private CertificateRegister register;
  @Inject private Certificates certificates;
  @Inject private Organisations organisations;
  @Inject private Courses courses;
  @Inject private FrdoExport frdo;
  @Inject private CurrentUser currentUser;

  private String text;
  private Long organisationId;
  private Long courseId;
  private LocalDate from;
  private LocalDate to;
  private CertificateStatus status;
  private Filter filter = Filter.ALL;
  private long total;

  private List<Organisation> organisationChoices;
  private Map<Long, String> schoolNames;
  private List<Course> courseChoices;
  private LazyDataModel<Certificate> rows;

  private Long targetId;
  private String targetLabel;
  private String reason;
  private String blankSeries;
  private String blankNumber;

  private List<FrdoIssue> frdoIssues = new ArrayList<>();
  private int frdoRecords;

  @PostConstruct
  void init() {
    organisationChoices = organisations.list(null);
    schoolNames = organisationChoices.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getShortName));
    courseChoices =
        courses.search(new Courses.Filter(null, null, null, null)).stream().filter(Course::grantsCertificate).toList();
    total = register.count(filter);
    rows =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return (int) register.count(filter);
          }

          @Override
          public List<Certificate> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta by = sort.values().stream().filter(s -> SORTS.containsKey(s.getField())).findFirst().orElse(null);
            CertificateRegister.Page page =
                register.search(
                    filter, by == null ? Sort.ISSUED_ON : SORTS.get(by.getField()),
                    by == null || by.getOrder() == SortOrder.DESCENDING, first, size);
            setRowCount((int) page.total());
            total = page.total();
            return page.certificates();
          }

          @Override
          public String getRowKey(Certificate c) {
            return String.valueOf(c.getId());
          }
        };
  }

  /** Applies the filter fields; the table and the file links follow. */
  public void search() {
    if (from != null && to != null && from.isAfter(to)) {
      Pages.refused(AcademyException.invalid("certificate.periodReversed"));
      return;
    }
    String t = text == null || text.isBlank() ? null : text.strip();
    filter = new Filter(t, organisationId, null, courseId, from, to, status);
    total = register.count(filter);
  }

  /** Revoking, reissuing and issuing belong to methodologists and administrators. */
  public boolean isMayChange() {
    return currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN);
  }

  public void startRevoke(long id) {
    start(id);
  }

  public void startReissue(long id) {
    start(id);
  }

  private void start(long id) {
    Certificate c = certificates.get(id);
    targetId = id;
    targetLabel = c.getRegistrationNumber() + " · " + c.holderFullName();
    reason = null;
    blankSeries = null;
    blankNumber = null;
  }

  public void revoke() {
    String why = allowedReason();
    if (why == null) {
      return;
    }
    if (Pages.attempt(() -> certificates.revoke(targetId, why), "certificates.revoked", targetLabel)) {
      PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
    }
  }

  public void reissue() {
    String why = allowedReason();
    Certificates.Blank blank = why == null ? null : CertificateInput.blank(blankSeries, blankNumber);
    if (blank == null) {
      return;
    }
    Pages.attempt(() -> certificates.reissue(targetId, why, blank))
        .ifPresent(
            fresh -> {
              Pages.info("certificates.reissued", targetLabel, fresh.getRegistrationNumber());
              PrimeFaces.current().executeScript("PF('reissueDialog').hide()");
            });
  }

  /** The reason, when the caller may change the register and gave one; else says why not. */
  private String allowedReason() {
    if (!isMayChange()) {
      Pages.refused(AcademyException.forbidden());
      return null;
    }
    return CertificateInput.reason(reason);
  }

  /** Checks the filter's valid documents as the ФИС ФРДО upload would take them. */
  public void checkFrdo() {
    var export = frdo.of(frdoFilter());
    frdoRecords = export.records().size();
    frdoIssues =
        export.problems().stream()
            .map(p -> new FrdoIssue(p.holderName(), p.registrationNumber(), p.column().header(), Pages.text(p.messageKey())))
            .toList();
  }

  /** The upload takes valid documents only: revoked ones are not uploaded, replaced ones went before. */
  private Filter frdoFilter() {
    return new Filter(null, filter.organisationId(), null, filter.courseId(), filter.issuedFrom(), filter.issuedTo(),
        CertificateStatus.VALID);
  }

  /** The register as a file: {@code xlsx} or {@code csv}. */
  public String tableUrl(String format) {
    return "/api/certificates/files/register?" + query("format=" + format, true);
  }

  /** The filter's PDFs as one ZIP. */
  public String getPdfsUrl() {
    return "/api/certificates/files/pdfs?" + query(null, true);
  }

  /** The ФИС ФРДО upload of the filter's valid documents, leaving out those with problems. */
  public String getFrdoUrl() {
    return "/api/certificates/files/frdo?" + query("validOnly=true", false);
  }

  /** The applied filter as query parameters; the ФИС ФРДО files take no text or status. */
  private String query(String first, boolean full) {
    List<String> params = new ArrayList<>();
    if (first != null) {
      params.add(first);
    }
    if (full && filter.text() != null) {
      params.add("text=" + URLEncoder.encode(filter.text(), StandardCharsets.UTF_8));
    }
    add(params, "organisationId", filter.organisationId());
    add(params, "courseId", filter.courseId());
    add(params, "from", filter.issuedFrom());
    add(params, "to", filter.issuedTo());
    if (full) {
      add(params, "status", filter.status());
    }
    return String.join("&", params);
  }

  private static void add(List<String> params, String name, Object value) {
    if (value != null) {
      params.add(name + "=" + value);
    }
  }

  public String school(Certificate c) {
    return schoolNames.getOrDefault(c.getOrganisationId(), "");
  }

  public String date(LocalDate day) {
    return CertificateTexts.date(day);
  }

  public String severity(Certificate c) {
    return CertificateTexts.severity(c.getStatus());
  }

  public List<CertificateStatus> getStatuses() {
    return List.of(CertificateStatus.values());
  }

  public LazyDataModel<Certificate> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public List<Organisation> getOrganisationChoices() {
    return organisationChoices;
  }

  public List<Course> getCourseChoices() {
    return courseChoices;
  }

  public List<FrdoIssue> getFrdoIssues() {
    return frdoIssues;
  }

  public int getFrdoRecords() {
    return frdoRecords;
  }

  public String getTargetLabel() {
    return targetLabel;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public void setStatus(CertificateStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getBlankSeries() {
    return blankSeries;
  }

  public void setBlankSeries(String blankSeries) {
    this.blankSeries = blankSeries;
  }

  public String getBlankNumber() {
    return blankNumber;
  }

  public void setBlankNumber(String blankNumber) {
    this.blankNumber = blankNumber;
  }
}
