-- Calls and what happened to them, the telephony events that moved them, and the delivery ledger that makes
-- event consumers idempotent.

CREATE TABLE call (
    id               uuid        PRIMARY KEY,            -- chosen by the telephony source
    state            varchar(16) NOT NULL,
    last_sequence    bigint      NOT NULL,               -- the last event applied, in the source's numbering
    lost_events      bigint      NOT NULL DEFAULT 0,     -- events given up after a gap stayed open too long
    duplicate_events bigint      NOT NULL DEFAULT 0,     -- redeliveries recognised and ignored
    end_cause        varchar(32),
    offered_at       timestamptz NOT NULL,
    ended_at         timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT call_state_known CHECK (state IN
        ('OFFERED', 'IVR', 'QUEUED', 'RINGING', 'CONNECTED', 'HELD', 'TRANSFERRED', 'CONFERENCE', 'ENDED', 'ABANDONED')),
    CONSTRAINT call_end_consistent CHECK ((state IN ('ENDED', 'ABANDONED')) = (ended_at IS NOT NULL))
);

CREATE INDEX call_open ON call (offered_at) WHERE ended_at IS NULL;

-- Every phase of a call, in order: the timestamps of queue, ring, talk, hold... for the call log and reports.
CREATE TABLE call_phase (
    call_id uuid        NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    ordinal integer     NOT NULL,
    state   varchar(16) NOT NULL,
    since   timestamptz NOT NULL,
    PRIMARY KEY (call_id, ordinal)
);

-- Every telephony event received once (by call and sequence), with what it did. HELD events wait for an earlier
-- one; REJECTED ones were not allowed in the call's state.
CREATE TABLE call_event (
    call_id     uuid        NOT NULL,
    sequence    bigint      NOT NULL,
    type        varchar(16) NOT NULL,
    detail      varchar(64),
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    outcome     varchar(16) NOT NULL,
    published_event_id uuid UNIQUE,       -- the CallProgressed event announcing an applied event
    PRIMARY KEY (call_id, sequence),
    CONSTRAINT call_event_sequence_positive CHECK (sequence > 0),
    CONSTRAINT call_event_outcome_known CHECK (outcome IN ('APPLIED', 'HELD', 'REJECTED')),
    CONSTRAINT call_event_published_when_applied CHECK ((outcome = 'APPLIED') = (published_event_id IS NOT NULL))
);

CREATE INDEX call_event_held ON call_event (call_id, sequence) WHERE outcome = 'HELD';

-- Which consumer has handled which event: consumers skip what they find here (jms-events DeliveryLedger).
CREATE TABLE processed_event (
    consumer     varchar(64) NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Calls finished per day and end state: fed by a consumer of call events (first input of the wallboard).
CREATE TABLE call_daily_total (
    day   date        NOT NULL,
    state varchar(16) NOT NULL,
    calls bigint      NOT NULL,
    PRIMARY KEY (day, state)
);
