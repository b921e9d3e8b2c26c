-- The audit trail: one row per security-relevant action (configuration changes now; PHI access, logins and
-- break-glass with the governance work, which also adds the hash chain and signed checkpoints).
-- Rows hold resource ids, never PHI values.

CREATE TABLE audit_entry (
    id             bigserial    PRIMARY KEY,
    recorded_at    timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor          varchar(128) NOT NULL,   -- the authenticated user or client, or 'system'
    roles          varchar(255) NOT NULL,   -- the actor's Confidant roles at the time, comma-separated
    action         varchar(64)  NOT NULL,   -- e.g. queue.updated, agent.presence.changed
    resource_type  varchar(64)  NOT NULL,
    resource_id    varchar(128),
    outcome        varchar(16)  NOT NULL,
    CONSTRAINT audit_entry_outcome_known CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED'))
);

CREATE INDEX audit_entry_by_resource ON audit_entry (resource_type, resource_id, recorded_at);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, recorded_at);
