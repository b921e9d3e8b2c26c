-- Agent presence and the routing of calls, as the server's router decided them. The router's memory is a cache of
-- these rows: it is rebuilt from them at start and after any transaction that rolled back.

-- Where each agent is in their working day (agents.domain.AgentPresence). No row = logged out.
CREATE TABLE agent_presence (
    agent_id       uuid        PRIMARY KEY REFERENCES agent (id) ON DELETE CASCADE,
    state          varchar(16) NOT NULL,
    since          timestamptz NOT NULL,
    call_id        uuid,                   -- the call the agent is reserved for or on
    reason_code    varchar(32),            -- why not ready
    pending_reason varchar(32),            -- not ready asked for during call work, applied after it
    wrap_up_until  timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT agent_presence_state_known CHECK (state IN
        ('LOGGED_OUT', 'AVAILABLE', 'RESERVED', 'ON_CALL', 'WRAP_UP', 'NOT_READY')),
    CONSTRAINT agent_presence_call_when_busy CHECK ((state IN ('RESERVED', 'ON_CALL')) = (call_id IS NOT NULL)),
    CONSTRAINT agent_presence_reason_when_not_ready CHECK ((state = 'NOT_READY') = (reason_code IS NOT NULL)),
    CONSTRAINT agent_presence_wrap_up_until CHECK ((state = 'WRAP_UP') = (wrap_up_until IS NOT NULL))
);

-- An agent is never reserved for, or on, two calls at once, and a call is never with two agents.
CREATE UNIQUE INDEX agent_presence_one_agent_per_call ON agent_presence (call_id) WHERE call_id IS NOT NULL;
CREATE INDEX agent_presence_wrap_up ON agent_presence (wrap_up_until) WHERE state = 'WRAP_UP';

-- Calls the server routes (a connector's QUEUED event naming a queue): where each one is in routing.
CREATE TABLE call_routing (
    call_id          uuid        PRIMARY KEY REFERENCES call (id) ON DELETE CASCADE,
    queue_id         uuid        NOT NULL REFERENCES queue (id),
    status           varchar(16) NOT NULL,
    waiting_since    timestamptz NOT NULL,   -- the call's place in line, kept across refused offers and overflow
    priority_boost   integer     NOT NULL DEFAULT 0,
    agent_id         uuid        REFERENCES agent (id),
    offered_at       timestamptz,
    offer_expires_at timestamptz,            -- ring no answer after this
    offers           integer     NOT NULL DEFAULT 0,
    overflow_to      varchar(64),            -- where the call overflowed (QUEUE:<id>, VOICEMAIL, CALLBACK)
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT call_routing_status_known CHECK (status IN ('WAITING', 'OFFERED', 'CONNECTED', 'OVERFLOWED', 'FINISHED')),
    -- offered and connected calls have their agent; a finished call keeps the agent who talked to the caller
    CONSTRAINT call_routing_agent_when_offered CHECK (status NOT IN ('OFFERED', 'CONNECTED') OR agent_id IS NOT NULL),
    CONSTRAINT call_routing_no_agent_while_waiting CHECK (status <> 'WAITING' OR agent_id IS NULL),
    CONSTRAINT call_routing_expiry_when_offered CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL))
);

CREATE INDEX call_routing_live ON call_routing (status, waiting_since) WHERE status IN ('WAITING', 'OFFERED', 'CONNECTED');
CREATE INDEX call_routing_offer_expiry ON call_routing (offer_expires_at) WHERE status = 'OFFERED';

-- A source that routes its calls itself (the simulator with its simulated agents, or a PBX's own ACD) only reports
-- them; Confidant routes the others when a QUEUED event names one of its queues.
ALTER TABLE call ADD COLUMN routed_by_source boolean NOT NULL DEFAULT false;
