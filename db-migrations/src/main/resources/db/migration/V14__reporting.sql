-- Historical reports read facts, not the call ledger: one row per finished call, written by a consumer of call
-- events when the call ends (reporting.application.CallFactsRecorder), and every agent state change, written by a
-- consumer of agent events (reporting.application.AgentStatesRecorder). Reports aggregate these in PostgreSQL.

-- One finished call as reports see it. Times in milliseconds. queued_at is when the call was offered to its queue
-- (its first QUEUED event; the offer itself when it never queued) and places the call in an interval.
-- Dispositions (the interaction record) join on call_id when they exist.
CREATE TABLE report_call (
    call_id     uuid        PRIMARY KEY,                -- no reference: reports outlive the call log's retention
    queue_id    uuid,                                   -- the queue the call was answered from or left, if any
    agent_id    uuid,                                   -- the agent who answered, if any
    queued_at   timestamptz NOT NULL,
    answered_at timestamptz,
    ended_at    timestamptz NOT NULL,
    wait_ms     bigint      NOT NULL,                   -- until answered, or until the caller left
    talk_ms     bigint      NOT NULL,                   -- connected or in conference
    hold_ms     bigint      NOT NULL,
    wrap_up_ms  bigint,                                 -- the answering agent's wrap-up after the call, once known
    transfers   integer     NOT NULL,
    abandoned   boolean     NOT NULL,
    callback    boolean     NOT NULL,                   -- ended with a callback scheduled
    end_cause   varchar(32) NOT NULL,
    CONSTRAINT report_call_times_not_negative CHECK (wait_ms >= 0 AND talk_ms >= 0 AND hold_ms >= 0
        AND (wrap_up_ms IS NULL OR wrap_up_ms >= 0) AND transfers >= 0),
    CONSTRAINT report_call_answered_not_abandoned CHECK (answered_at IS NULL OR NOT abandoned)
);

-- A month's report reads one range of queued_at; the covering columns let it aggregate from the index alone.
CREATE INDEX report_call_by_time ON report_call (queued_at) INCLUDE (queue_id, agent_id, answered_at, wait_ms,
    talk_ms, hold_ms, wrap_up_ms, transfers, abandoned, callback);
CREATE INDEX report_call_by_queue ON report_call (queue_id, queued_at);
CREATE INDEX report_call_by_agent ON report_call (agent_id, queued_at) WHERE agent_id IS NOT NULL;

-- Every state an agent entered and when (the presence's history): logged-in time for occupancy, and the wrap-up
-- that followed a call (the WRAP_UP entry right after an ON_CALL entry naming the call).
CREATE TABLE report_agent_state (
    agent_id uuid        NOT NULL,
    since    timestamptz NOT NULL,
    state    varchar(16) NOT NULL,
    call_id  uuid,
    PRIMARY KEY (agent_id, since, state)
);
