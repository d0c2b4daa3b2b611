package ru.shibc.academy.course.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ru.shibc.academy.course.CourseTeachers;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.security.Role;

/** A course's teachers: the methodologists who grade its attempts. */
@Path("courses/{id}/teachers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class CourseTeacherResource {

  /** A teacher to add, by username. */
  public static class TeacherForm {
    public @NotBlank @Size(max = 100) String username;
  }

  @Inject private CourseTeachers teachers;
  @Inject private Courses courses;
  @Inject private Accounts accounts;

  /** Usernames of the course's teachers; empty means every methodologist. */
  @GET
  public List<String> list(@PathParam("id") long id) {
    courses.get(id);
    return teachers.accountIds(id).stream()
        .map(accountId -> accounts.byId(accountId).map(Account::getUsername).orElse(""))
        .toList();
  }

  /** Adds a methodologist as a teacher; only a teacher of the course (or an administrator) may. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public List<String> add(@PathParam("id") long id, TeacherForm form) {
    Bodies.valid(form);
    courses.get(id);
    teachers.requireTeacher(id);
    Account account = accounts.byUsername(form.username.strip()).orElseThrow(() -> AcademyException.notFound("account"));
    if (!account.getRoles().contains(Role.METHODOLOGIST)) {
      throw AcademyException.invalid("course.teacherNotMethodologist");
    }
    teachers.add(id, account.getId());
    return list(id);
  }
}
