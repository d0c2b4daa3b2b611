package ru.shibc.academy.certificate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.certificate.BulkIssue;
import ru.shibc.academy.certificate.Certificate;
import ru.shibc.academy.certificate.CertificatePdfs;
import ru.shibc.academy.certificate.CertificateRegister;
import ru.shibc.academy.certificate.CertificateRegister.Filter;
import ru.shibc.academy.certificate.CertificateRegister.Sort;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.certificate.Credentials;
import ru.shibc.academy.certificate.api.CertificateForms.BulkForm;
import ru.shibc.academy.certificate.api.CertificateForms.IssueForm;
import ru.shibc.academy.certificate.api.CertificateForms.ReissueForm;
import ru.shibc.academy.certificate.api.CertificateForms.RevokeForm;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The certificate register: search, issue by hand, revoke, reissue; and a holder's own. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class CertificateResource {

  /** A page of the register. */
  public record RegisterPage(List<CertificateView> items, long total) {}

  @Inject private Certificates certificates;
  @Inject private CertificateRegister register;
  @Inject private CurrentUser currentUser;
  @Inject private Credentials credentials;
  @Inject private CertificatePdfs pdfs;
  @Inject private BulkIssue bulkIssue;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  @GET
  public RegisterPage search(
      @BeanParam RegisterQuery query,
      @QueryParam("sort") @DefaultValue("ISSUED_ON") String sort,
      @QueryParam("descending") @DefaultValue("true") boolean descending,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    QueryParams.paging(page, size);
    Filter filter = query.filter();
    CertificateRegister.Page found =
        register.search(filter, QueryParams.option("sort", sort, Sort.class), descending, page * size, size);
    return new RegisterPage(found.certificates().stream().map(this::view).toList(), found.total());
  }

  /** The caller's own certificates, newest first. */
  @GET
  @Path("mine")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public List<CertificateView> mine() {
    long personId = currentUser.personId().orElseThrow(() -> AcademyException.notFound("person"));
    return certificates.ofPerson(personId).stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public CertificateView get(@PathParam("id") long id) {
    return view(readable(id));
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public Response pdf(@PathParam("id") long id) {
    Certificate c = readable(id);
    return Downloads.of(CertificatePdfs.fileName(c), "application/pdf", pdfs.render(c));
  }

  /** The certificate as a signed Open Badges 3.0 credential (VC-JWT), for the holder's wallet. */
  @GET
  @Path("{id}/credential")
  @Produces("application/vc+jwt")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public Response credential(@PathParam("id") long id) {
    Certificate c = readable(id);
    return Downloads.of(
        "Удостоверение " + c.getRegistrationNumber() + ".jwt", "application/vc+jwt",
        credentials.signed(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public Response issue(IssueForm form) {
    Bodies.valid(form);
    Certificate issued = certificates.issueManually(form.enrolmentId, form.reason.strip(), form.blank());
    return Response.created(URI.create("certificates/" + issued.getId())).entity(view(issued)).build();
  }

  /** How many certificates a bulk issue made. */
  public record BulkIssued(int issued) {}

  /** Issues every missing certificate of a course's completions (see {@link BulkIssue}). */
  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public BulkIssued bulk(BulkForm form) {
    Bodies.valid(form);
    return new BulkIssued(bulkIssue.forCourse(form.courseId, form.reason.strip()));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public CertificateView revoke(@PathParam("id") long id, RevokeForm form) {
    Bodies.valid(form);
    return view(certificates.revoke(id, form.reason.strip()));
  }

  @POST
  @Path("{id}/reissue")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public Response reissue(@PathParam("id") long id, ReissueForm form) {
    Bodies.valid(form);
    Certificate fresh = certificates.reissue(id, form.reason.strip(), form.blank());
    return Response.created(URI.create("certificates/" + fresh.getId())).entity(view(fresh)).build();
  }

  /**
   * A certificate the caller may see: the register's users see all, a holder only their own.
   * Anybody else's is "not found", so ids reveal nothing.
   */
  Certificate readable(long id) {
    Certificate c = certificates.find(id).orElseThrow(() -> AcademyException.notFound("certificate"));
    boolean staff = currentUser.hasAny(Role.METHODOLOGIST, Role.DEPARTMENT, Role.ADMIN);
    if (!staff && !currentUser.personId().map(p -> p == c.getPersonId()).orElse(false)) {
      throw AcademyException.notFound("certificate");
    }
    return c;
  }

  private CertificateView view(Certificate c) {
    return CertificateView.of(c, publicBaseUrl);
  }
}
