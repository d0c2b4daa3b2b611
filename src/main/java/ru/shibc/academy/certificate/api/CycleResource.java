package ru.shibc.academy.certificate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.shibc.academy.certificate.CycleReminders;
import ru.shibc.academy.certificate.CycleState;
import ru.shibc.academy.certificate.QualificationCycle;
import ru.shibc.academy.platform.security.Role;

/** The three-year qualification cycle of a school's staff or the whole district's. */
@Path("certificates/cycle")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class CycleResource {

  public record StandingView(
      long personId, String fullName, String position, long organisationId, String organisation,
      LocalDate lastTrainedOn, LocalDate dueOn, CycleState state) {}

  /** Counts by state and each person's standing. */
  public record CycleView(Map<CycleState, Integer> counts, List<StandingView> people) {}

  /** How many reminders a run queued. */
  public record RemindersQueued(int queued) {}

  @Inject private QualificationCycle cycle;
  @Inject private CycleReminders reminders;

  @GET
  public CycleView standing(@QueryParam("organisationId") Long organisationId) {
    Map<CycleState, Integer> counts = new TreeMap<>();
    for (CycleState s : CycleState.values()) {
      counts.put(s, 0);
    }
    List<StandingView> people =
        cycle.ofOrganisation(organisationId).stream()
            .map(
                s -> {
                  counts.merge(s.state(), 1, Integer::sum);
                  return new StandingView(
                      s.person().getId(), s.person().fullName(), s.person().getPosition(),
                      s.person().getOrganisation().getId(), s.person().getOrganisation().getShortName(),
                      s.lastTrainedOn(), s.dueOn(), s.state());
                })
            .toList();
    return new CycleView(counts, people);
  }

  /** Queues the reminders now due, at once rather than at the next scheduled run. */
  @POST
  @Path("reminders")
  @RolesAllowed(Role.Names.ADMIN)
  public RemindersQueued remind() {
    return new RemindersQueued(reminders.queueReminders());
  }
}
