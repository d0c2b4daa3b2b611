package ru.shibc.academy.platform.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ru.shibc.academy.platform.demo.DemoMode;
import ru.shibc.academy.platform.security.AcademyAuthenticationMechanism;
import ru.shibc.academy.platform.security.LoginResult;
import ru.shibc.academy.platform.time.Clocks;

/** The login page: username and password into a session, with a new session id. */
@Named("loginPage")
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;
  @Inject private DemoMode demoMode;

  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        request.changeSessionId(); // no session fixation
      }
      external.redirect(external.getRequestContextPath() + safeNext());
      faces.responseComplete();
      return;
    }
    Object result = request.getAttribute(AcademyAuthenticationMechanism.LOGIN_RESULT);
    if (result instanceof LoginResult.Locked locked) {
      Pages.error("login.locked", Clocks.time(locked.until()));
    } else {
      Pages.error("login.invalid");
    }
    if (response.getStatus() != 200) {
      response.setStatus(200);
    }
  }

  public String logout() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    request.logout();
    faces.getExternalContext().invalidateSession();
    return "/login?faces-redirect=true";
  }

  /** Only a path inside this site: never an open redirect to another host. */
  private String safeNext() {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        && !next.startsWith("/login")) {
      return next;
    }
    return "/index.xhtml";
  }

  public boolean isDemo() {
    return demoMode.isOn();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
