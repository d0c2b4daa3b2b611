package ru.shibc.academy.platform.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.platform.audit.AuditEntry;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.Role;

/** The audit log for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {

  public record Entry(
      long id, Instant at, String actor, String action, String entityType, String entityId, String before, String after) {
    static Entry of(AuditEntry e) {
      return new Entry(
          e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getBefore(), e.getAfter());
    }
  }

  public record EntryPage(List<Entry> items, long total, int page, int size) {}

  @Inject private AuditLog audit;

  @GET
  public EntryPage search(
      @QueryParam("actor") @Size(max = 100) String actor,
      @QueryParam("entityType") @Size(max = 60) String entityType,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    AuditLog.Page found = audit.search(actor, entityType, null, null, page * size, size);
    return new EntryPage(found.entries().stream().map(Entry::of).toList(), found.total(), page, size);
  }
}
