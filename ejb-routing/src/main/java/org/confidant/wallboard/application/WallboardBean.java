package org.confidant.wallboard.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.ReasonCode;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.agents.infrastructure.AgentPresenceEntity;
import org.confidant.persistence.NativeValues;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.RoutedCall;
import org.confidant.routing.infrastructure.QueueEntity;
import org.confidant.wallboard.api.AgentRow;
import org.confidant.wallboard.api.BreakGlassAlert;
import org.confidant.wallboard.api.QueueTile;
import org.confidant.wallboard.api.Wallboard;
import org.confidant.wallboard.api.WallboardSnapshot;
import org.confidant.wallboard.domain.Elapsed;
import org.confidant.wallboard.domain.QueueFigures;
import org.confidant.wallboard.domain.TodayCounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes the wallboard's snapshot from the rows the router's memory is a cache of (agent_presence, live
 * call_routing rows), not from the router itself: reading them needs no routing lock, and they are what a push
 * after commit must show. Today's counters are one grouped query over the calls that joined a line today.
 *
 * <p>Open to any caller of the local interface ({@code @PermitAll}): the board holds counts, agents' display names
 * and states and call ids, no PHI, and pushes are computed once for every watcher outside anyone's identity (on a
 * broker event). Who may watch is decided where it is shown: the console's security constraint and the
 * socket's handshake (supervisor, admin).
 */
@Stateless
public class WallboardBean implements Wallboard {

  /** Per queue, over calls that joined its line since the start of the day: answered, within threshold, abandoned. */
  private static final String TODAY = """
      SELECT r.queue_id,
             count(a.answered_at),
             count(*) FILTER (WHERE a.answered_at <= r.waiting_since
                                    + q.service_level_threshold_seconds * interval '1 second'),
             count(*) FILTER (WHERE c.state = 'ABANDONED')
        FROM call_routing r
        JOIN queue q ON q.id = r.queue_id
        JOIN call c ON c.id = r.call_id
        LEFT JOIN LATERAL (SELECT min(p.since) AS answered_at FROM call_phase p
                            WHERE p.call_id = r.call_id AND p.state = 'CONNECTED') a ON true
       WHERE r.waiting_since >= ?1
       GROUP BY r.queue_id""";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "confidant.wallboard.time-zone", defaultValue = "UTC")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  @Override
  @PermitAll
  public WallboardSnapshot snapshot() {
    Instant now = clock.instant();
    ZoneId zone = ZoneId.of(timeZone);
    LocalDate day = LocalDate.ofInstant(now, zone);
    List<AgentPresence> loggedIn = loggedInPresences();
    Map<UUID, AgentEntity> agents = agents(loggedIn);
    Map<AgentProfile, AgentState> profiles = new LinkedHashMap<>();
    loggedIn.stream().filter(presence -> agents.containsKey(presence.agentId()))
        .forEach(presence -> profiles.put(agents.get(presence.agentId()).toProfile(), presence.state()));
    Map<UUID, List<Instant>> waiting = waitingSinceByQueue();
    Map<UUID, TodayCounts> today = todayByQueue(day.atStartOfDay(zone).toInstant());
    List<QueueTile> tiles = queues().stream().map(queue -> tile(queue, waiting.getOrDefault(queue.getId(), List.of()),
        profiles, today.getOrDefault(queue.getId(), TodayCounts.NONE), now)).toList();
    List<AgentRow> rows = loggedIn.stream().filter(presence -> agents.containsKey(presence.agentId()))
        .map(presence -> row(agents.get(presence.agentId()), presence, now))
        .sorted(Comparator.comparing(AgentRow::displayName)).toList();
    return new WallboardSnapshot(now, day, zone.getId(), tiles, rows, breakGlassSince(day.atStartOfDay(zone).toInstant()));
  }

  private static QueueTile tile(QueueEntity queue, List<Instant> waitingSince, Map<AgentProfile, AgentState> agents,
      TodayCounts today, Instant now) {
    int threshold = queue.getServiceLevelThresholdSeconds();
    QueueFigures figures = QueueFigures.of(queue.toDefinition(), threshold, waitingSince, agents, today, now);
    return new QueueTile(queue.getId(), queue.getName(), figures.line().callsWaiting(),
        figures.line().longestWait().toSeconds(), figures.agents().available(), figures.agents().reserved(),
        figures.agents().onCall(), figures.agents().wrapUp(), figures.agents().notReady(), threshold,
        today.answered(), today.answeredWithinThreshold(),
        figures.serviceLevel().percent().isPresent() ? figures.serviceLevel().percent().getAsDouble() : null,
        figures.serviceLevel().label(), figures.abandoned());
  }

  private static AgentRow row(AgentEntity agent, AgentPresence presence, Instant now) {
    return new AgentRow(agent.getId(), agent.getDisplayName(), presence.state().name(),
        presence.reason().map(ReasonCode::code).orElse(null), presence.since(),
        Elapsed.since(presence.since(), now).toSeconds(), presence.call().orElse(null));
  }

  private List<QueueEntity> queues() {
    return entityManager.createQuery("select distinct q from QueueEntity q left join fetch q.steps order by q.name",
        QueueEntity.class).getResultList();
  }

  private List<AgentPresence> loggedInPresences() {
    return entityManager.createQuery("select p from AgentPresenceEntity p where p.state <> :out",
            AgentPresenceEntity.class).setParameter("out", AgentState.LOGGED_OUT).getResultStream()
        .map(AgentPresenceEntity::toPresence).toList();
  }

  private Map<UUID, AgentEntity> agents(List<AgentPresence> loggedIn) {
    if (loggedIn.isEmpty()) {
      return Map.of();
    }
    return entityManager.createQuery("select distinct a from AgentEntity a left join fetch a.skills"
            + " where a.id in :ids", AgentEntity.class)
        .setParameter("ids", loggedIn.stream().map(AgentPresence::agentId).toList()).getResultStream()
        .collect(Collectors.toMap(AgentEntity::getId, agent -> agent));
  }

  private Map<UUID, List<Instant>> waitingSinceByQueue() {
    return entityManager.createQuery("select c.queueId, c.waitingSince from RoutedCallEntity c"
            + " where c.status = :waiting", Object[].class)
        .setParameter("waiting", RoutedCall.Status.WAITING).getResultStream()
        .collect(Collectors.groupingBy(columns -> (UUID) columns[0],
            Collectors.mapping(columns -> (Instant) columns[1], Collectors.toList())));
  }

  @SuppressWarnings("unchecked")
  private List<BreakGlassAlert> breakGlassSince(Instant startOfDay) {
    List<Object[]> rows = entityManager.createNativeQuery("SELECT accessed_at, actor, contact_id"
            + " FROM break_glass_access WHERE accessed_at >= ?1 ORDER BY accessed_at DESC, id DESC LIMIT ?2")
        .setParameter(1, startOfDay).setParameter(2, WallboardSnapshot.BREAK_GLASS_SHOWN).getResultList();
    return rows.stream().map(columns -> new BreakGlassAlert(NativeValues.instant(columns[0]), (String) columns[1],
        NativeValues.uuid(columns[2]))).toList();
  }

  @SuppressWarnings("unchecked")
  private Map<UUID, TodayCounts> todayByQueue(Instant startOfDay) {
    List<Object[]> rows = entityManager.createNativeQuery(TODAY).setParameter(1, startOfDay).getResultList();
    return rows.stream().collect(Collectors.toMap(columns -> (UUID) columns[0], columns -> new TodayCounts(
        ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue(), ((Number) columns[3]).longValue())));
  }
}
