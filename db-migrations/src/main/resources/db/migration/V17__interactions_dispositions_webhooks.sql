-- Interactions (the call log): one row per call, kept up to date in the transaction that applies each of the
-- call's events, so a call that drops mid-way still has its record. Dispositions agents choose, notes (encrypted
-- with a per-interaction FIELD data key from the vault), and outbound webhooks of interaction events.

CREATE TABLE disposition_code (
    id         uuid         PRIMARY KEY,
    code       varchar(32)  NOT NULL,
    label      varchar(128) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX disposition_code_code ON disposition_code (lower(code));

CREATE TABLE interaction (
    call_id          uuid        PRIMARY KEY REFERENCES call (id),
    phase            varchar(16) NOT NULL,        -- the call state the record last saw
    phase_since      timestamptz NOT NULL,
    offered_at       timestamptz NOT NULL,
    ivr_at           timestamptz,                 -- first time in each phase
    queued_at        timestamptz,
    ringing_at       timestamptz,
    connected_at     timestamptz,
    transferred_at   timestamptz,                 -- last transfer
    ended_at         timestamptz,
    end_cause        varchar(32),
    abandoned        boolean     NOT NULL DEFAULT false,
    transfers        integer     NOT NULL DEFAULT 0,
    queue_millis     bigint      NOT NULL DEFAULT 0,  -- totals over every span of the phase
    ring_millis      bigint      NOT NULL DEFAULT 0,
    talk_millis      bigint      NOT NULL DEFAULT 0,
    hold_millis      bigint      NOT NULL DEFAULT 0,
    disposition_code varchar(32),
    contact_id       uuid,                        -- plain ids of other features' records
    case_id          uuid,
    -- The FIELD data key of this interaction's notes (a Tink keyset wrapped by a KEK); null until the first note.
    -- Deleting it crypto-shreds the notes.
    key_kind         text,
    kek_id           text,
    wrapped_key      bytea,
    updated_at       timestamptz NOT NULL
);

CREATE INDEX interaction_offered ON interaction (offered_at);

CREATE TABLE interaction_queue (
    call_id  uuid    NOT NULL REFERENCES interaction (call_id) ON DELETE CASCADE,
    ordinal  integer NOT NULL,
    queue_id uuid    NOT NULL,
    PRIMARY KEY (call_id, ordinal)
);

CREATE INDEX interaction_queue_queue ON interaction_queue (queue_id);

-- Agents offered the call, with when they answered and their wrap-up after it.
CREATE TABLE interaction_participant (
    call_id            uuid        NOT NULL REFERENCES interaction (call_id) ON DELETE CASCADE,
    ordinal            integer     NOT NULL,
    agent_id           uuid        NOT NULL,
    offered_at         timestamptz NOT NULL,
    answered_at        timestamptz,
    wrap_up_started_at timestamptz,
    wrap_up_ended_at   timestamptz,
    PRIMARY KEY (call_id, ordinal)
);

CREATE INDEX interaction_participant_agent ON interaction_participant (agent_id);

CREATE TABLE interaction_hold (
    call_id    uuid        NOT NULL REFERENCES interaction (call_id) ON DELETE CASCADE,
    ordinal    integer     NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at   timestamptz,
    PRIMARY KEY (call_id, ordinal)
);

-- Notes: AEAD ciphertext only (associated data: call id and note id), never the text.
CREATE TABLE interaction_note (
    id         uuid         PRIMARY KEY,
    call_id    uuid         NOT NULL REFERENCES interaction (call_id) ON DELETE CASCADE,
    author     varchar(255) NOT NULL,
    written_at timestamptz  NOT NULL,
    ciphertext bytea        NOT NULL
);

CREATE INDEX interaction_note_call ON interaction_note (call_id, written_at);

-- Who receives interaction events. The signing secret is stored encrypted (AEAD under the vault's system key
-- "webhook-secret"), answered once when issued, never logged.
CREATE TABLE webhook_subscription (
    id             uuid          PRIMARY KEY,
    url            varchar(2048) NOT NULL,
    event_types    varchar(512)  NOT NULL,          -- comma-separated
    signing_secret bytea         NOT NULL,
    active         boolean       NOT NULL DEFAULT true,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now()
);

-- The webhook outbox: one row per event and subscription, written in the event's transaction; the delivery
-- worker signs and POSTs it, retries with backoff and dead-letters (FAILED) after too many attempts.
CREATE TABLE webhook_delivery (
    id              uuid         PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscription (id),
    event_id        uuid         NOT NULL,
    event_type      varchar(64)  NOT NULL,
    payload         text         NOT NULL,
    status          varchar(16)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT webhook_delivery_status_known CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_delivery_delivered_consistent CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_dead ON webhook_delivery (created_at) WHERE status = 'FAILED';
