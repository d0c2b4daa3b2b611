package ru.shibc.academy.platform.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.platform.api.QueryParams;
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
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    QueryParams.paging(page, size);
    QueryParams.text("actor", actor, 100);
    QueryParams.text("entityType", entityType, 60);
    AuditLog.Page found = audit.search(actor, entityType, page * size, size);
    return new EntryPage(found.entries().stream().map(Entry::of).toList(), found.total(), page, size);
  }
}
