-- A call's walk through an IVR tree the server runs (a connector posted IVR_STARTED naming the tree). The walk is
-- rebuilt by replaying the stored entries over the tree as it was when the call entered it, at the time and with
-- the emergency flag of that moment, so a tree edited meanwhile does not change a call already in it.
CREATE TABLE call_ivr (
    call_id         uuid         PRIMARY KEY REFERENCES call (id) ON DELETE CASCADE,
    tree_id         uuid         NOT NULL,          -- no foreign key: the call log outlives a deleted tree
    tree_version    bigint       NOT NULL,
    definition      jsonb        NOT NULL,          -- the tree as the call started in it
    started_at      timestamptz  NOT NULL,
    emergency       boolean      NOT NULL,
    entries         jsonb        NOT NULL,          -- the caller's entries in order; digits collected are stored as 0s
    status          varchar(16)  NOT NULL,
    waiting_at      varchar(64),                    -- the node waiting for keys while RUNNING
    outcome         varchar(16),                    -- QUEUED, VOICEMAIL, HUNG_UP, CALLER_LEFT once DONE
    outcome_target  varchar(128),                   -- the queue id or the mailbox
    priority_boost  integer,
    path            jsonb        NOT NULL,          -- node ids, what happened, the key chosen at each menu
    finished_at     timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT call_ivr_status_known CHECK (status IN ('RUNNING', 'DONE')),
    CONSTRAINT call_ivr_outcome_known CHECK (outcome IN ('QUEUED', 'VOICEMAIL', 'HUNG_UP', 'CALLER_LEFT')),
    CONSTRAINT call_ivr_outcome_when_done CHECK ((status = 'DONE') = (outcome IS NOT NULL))
);
