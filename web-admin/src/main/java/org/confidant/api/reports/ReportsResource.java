package org.confidant.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.reporting.api.Report;
import org.confidant.reporting.api.ReportRequest;
import org.confidant.reporting.api.Reports;

/**
 * {@code /api/v1/reports/queues} and {@code /agents}: figures per interval and queue or answering agent, as JSON,
 * or as CSV with {@code ?format=csv} or {@code Accept: text/csv} (an export, written to the audit trail).
 */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, ReportsResource.CSV})
public class ReportsResource {

  static final String CSV = "text/csv";

  @EJB Reports reports;

  @Inject ReportExports exports;

  @Inject Validator validator;

  @GET
  @Path("queues")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response queues(@BeanParam ReportQuery query, @Context HttpHeaders headers) {
    return answer(query, headers, "queues", reports::queues);
  }

  @GET
  @Path("agents")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response agents(@BeanParam ReportQuery query, @Context HttpHeaders headers) {
    return answer(query, headers, "agents", reports::agents);
  }

  private Response answer(ReportQuery query, HttpHeaders headers, String kind, Function<ReportRequest, Report> run) {
    RequestValidation.requireValid(validator, query);
    Report report = run.apply(query.toRequest(reports.siteZone()));
    if (!wantsCsv(query, headers)) {
      return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
    return Response.ok(exports.csv(report, kind), CSV + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + kind + "-report.csv\"").build();
  }

  /** ?format decides; else the first acceptable type that is CSV or JSON (a wildcard means JSON). */
  private static boolean wantsCsv(ReportQuery query, HttpHeaders headers) {
    if (query.wantsCsv() || query.wantsJson()) {
      return query.wantsCsv();
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(MediaType.valueOf(CSV))) {
        return true;
      }
    }
    return false;
  }
}
