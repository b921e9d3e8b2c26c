-- The HTTP CTI API's connectors (each telephony system that posts events and receives commands), the
-- idempotency keys of posted events, which connector a call came from, and the outbox of commands to connectors.

CREATE TABLE connector (
    id             uuid          PRIMARY KEY,
    name           varchar(100)  NOT NULL,
    client_id      varchar(255)  NOT NULL,           -- the Keycloak client it authenticates as (client credentials)
    callback_url   varchar(2048) NOT NULL,           -- where its commands are POSTed (https, or http on loopback)
    commands       varchar(512)  NOT NULL,           -- the command types it supports, comma-separated
    -- The HMAC-SHA256 key of its signatures (64 hex characters, 256 bits). Clear text for now: the vault of
    -- issue 5 encrypts it. Never logged, never answered except once at creation or rotation.
    signing_secret varchar(64)   NOT NULL,
    active         boolean       NOT NULL DEFAULT true,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now()
);

-- One active connector per client: the caller's identity decides which secret its signatures are checked with.
CREATE UNIQUE INDEX connector_active_client ON connector (lower(client_id)) WHERE active;

-- The connector a call's events came from, so its commands go back there. No reference to call: the first
-- event seen may be an early one, held before the call's row exists.
CREATE TABLE connector_call (
    call_id      uuid        PRIMARY KEY,
    connector_id uuid        NOT NULL REFERENCES connector (id),
    since        timestamptz NOT NULL DEFAULT now()
);

-- A posted request's Idempotency-Key, per caller, with a digest of the body and the answer given: a retry with
-- the same key and body gets the same answer without being applied again. Kept 24 hours.
CREATE TABLE idempotency_key (
    caller          varchar(255) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    connector_id    uuid         REFERENCES connector (id),
    request_sha256  char(64)     NOT NULL,
    response        text,                             -- set in the same transaction that inserted the key
    created_at      timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);

-- Commands to connectors (transactional outbox): written in the transaction that decided them, POSTed to the
-- connector's callback by the delivery worker, retried with backoff, dead (FAILED) after too many attempts.
CREATE TABLE connector_command (
    id              uuid         PRIMARY KEY,
    connector_id    uuid         NOT NULL REFERENCES connector (id),
    call_id         uuid,                              -- none for a dial (click-to-call) or a ping
    type            varchar(32)  NOT NULL,
    payload         text         NOT NULL,             -- the exact JSON body signed and sent on every attempt
    status          varchar(16)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT connector_command_status_known CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT connector_command_delivered_consistent CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);

CREATE INDEX connector_command_due ON connector_command (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX connector_command_dead ON connector_command (created_at) WHERE status = 'FAILED';
