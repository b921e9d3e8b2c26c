package org.confidant.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.identity.Roles;
import org.confidant.persistence.NativeValues;
import org.confidant.reporting.api.Report;
import org.confidant.reporting.api.ReportRequest;
import org.confidant.reporting.api.ReportRow;
import org.confidant.reporting.api.Reports;
import org.confidant.reporting.domain.LoggedInTime.StateEntry;
import org.confidant.reporting.domain.LoggedInTime;
import org.confidant.reporting.domain.ReportInterval;
import org.confidant.reporting.domain.ReportSettings;
import org.confidant.reporting.domain.ServiceLevelDenominator;
import org.confidant.reporting.domain.TrafficFigures;
import org.confidant.reporting.domain.TrafficTotals;
import org.confidant.reporting.infrastructure.ReportSql.Group;
import org.confidant.reporting.infrastructure.ReportSql;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the report query and turns each row's sums into figures; agent rows get occupancy from state history. */
@Stateless
public class ReportsBean implements Reports {

  /** An agent's states from the last one before the report to its end (LoggedInTime needs the first). */
  private static final String AGENT_STATES = "SELECT s.agent_id, s.since, s.state FROM report_agent_state s"
      + " WHERE s.since < ?2 AND s.since >= coalesce((SELECT max(p.since) FROM report_agent_state p"
      + " WHERE p.agent_id = s.agent_id AND p.since <= ?1), ?1) ORDER BY s.agent_id, s.since, s.state";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  /** The site's time zone (env CONFIDANT_SITE_ZONE), where a request names none. */
  @Inject
  @ConfigProperty(name = "confidant.site.zone", defaultValue = "UTC")
  String configuredZone;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Report queues(ReportRequest request) {
    return report(inSiteZone(request), Group.QUEUE, Map.of());
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Report agents(ReportRequest request) {
    ReportRequest zoned = inSiteZone(request);
    return report(zoned, Group.AGENT, loggedIn(zoned));
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public String siteZone() {
    return ZoneId.of(configuredZone).getId();
  }

  private ReportRequest inSiteZone(ReportRequest request) {
    return request.zone() != null ? request : new ReportRequest(request.from(), request.to(), request.interval(),
        siteZone(), request.serviceLevelSeconds(), request.shortAbandonSeconds(), request.denominator(),
        request.queueId());
  }

  private Report report(ReportRequest request, Group group, Map<UUID, Map<Instant, Long>> loggedIn) {
    ReportInterval interval = ReportInterval.valueOf(request.interval());
    ReportSettings settings = new ReportSettings(request.serviceLevelSeconds(), request.shortAbandonSeconds(),
        ServiceLevelDenominator.valueOf(request.denominator()));
    List<Instant> starts = interval.starts(request.from(), request.to(), ZoneId.of(request.zone()));
    Query query = entityManager.createNativeQuery(ReportSql.query(group, request.queueId() != null))
        .setParameter(1, request.from()).setParameter(2, request.to()).setParameter(3, ReportSql.starts(starts))
        .setParameter(4, settings.serviceLevelMillis()).setParameter(5, settings.shortAbandonMillis());
    if (request.queueId() != null) {
      query.setParameter(6, request.queueId());
    }
    List<ReportRow> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      Instant start = starts.get((int) number(columns[0]) - 1);
      UUID groupId = (UUID) columns[1];
      TrafficTotals totals = totals(columns);
      Long loggedInMillis = loggedIn.getOrDefault(groupId, Map.of()).get(start);
      if (loggedInMillis != null) {
        totals = totals.withLoggedIn(loggedInMillis);
      }
      rows.add(row(start, groupId, (String) columns[2], TrafficFigures.of(totals, settings)));
    }
    return new Report(request, TrafficFigures.of(TrafficTotals.NONE, settings).serviceLevelLabel(), rows);
  }

  private static TrafficTotals totals(Object[] columns) {
    return new TrafficTotals(number(columns[3]), number(columns[4]), number(columns[5]), number(columns[6]),
        number(columns[7]), number(columns[8]), number(columns[9]), number(columns[10]), number(columns[11]),
        number(columns[12]), number(columns[13]), null);
  }

  private static ReportRow row(Instant start, UUID groupId, String name, TrafficFigures figures) {
    return new ReportRow(start, groupId, name, figures.offered(), figures.answered(), figures.abandoned(),
        figures.shortAbandoned(), figures.averageSpeedOfAnswerSeconds(), figures.averageHandleTimeSeconds(),
        figures.serviceLevelPercent(), figures.abandonRatePercent(), figures.occupancyPercent(), figures.transfers(),
        figures.callbacks());
  }

  /** Logged-in milliseconds per agent and interval, from the agents' state history. */
  private Map<UUID, Map<Instant, Long>> loggedIn(ReportRequest request) {
    Map<UUID, List<StateEntry>> histories = new HashMap<>();
    for (Object row : entityManager.createNativeQuery(AGENT_STATES)
        .setParameter(1, request.from()).setParameter(2, request.to()).getResultList()) {
      Object[] columns = (Object[]) row;
      histories.computeIfAbsent((UUID) columns[0], agent -> new ArrayList<>())
          .add(new StateEntry(instant(columns[1]), (String) columns[2]));
    }
    ReportInterval interval = ReportInterval.valueOf(request.interval());
    ZoneId zone = ZoneId.of(request.zone());
    Map<UUID, Map<Instant, Long>> loggedIn = new HashMap<>();
    histories.forEach((agent, entries) -> loggedIn.put(agent,
        LoggedInTime.perInterval(entries, request.from(), request.to(), interval, zone)));
    return loggedIn;
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static Instant instant(Object value) {
    return NativeValues.instant(value);
  }
}
