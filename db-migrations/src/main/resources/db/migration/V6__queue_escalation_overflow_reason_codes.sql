-- Queue configuration for the configuration API: escalation steps that widen the target as a call waits, overflow
-- settings, and the reason codes agents give for not being ready or logging out.

-- An escalation step: from after_seconds of waiting on, the call may also go to the agents the step admits (every
-- skill at its least proficiency, every attribute equal). A queue's steps are ordered by after_seconds; the first
-- applies at once. Steps are replaced as a whole when a queue is edited, hence the deferred uniqueness.
CREATE TABLE queue_step (
    id            uuid        PRIMARY KEY,
    queue_id      uuid        NOT NULL REFERENCES queue (id) ON DELETE CASCADE,
    after_seconds integer     NOT NULL,
    attributes    jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- agent attribute equality conditions (name -> value)
    CONSTRAINT queue_step_after_not_negative CHECK (after_seconds >= 0),
    CONSTRAINT queue_step_attributes_object CHECK (jsonb_typeof(attributes) = 'object'),
    CONSTRAINT queue_step_unique_time UNIQUE (queue_id, after_seconds) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE queue_step_skill (
    step_id         uuid     NOT NULL REFERENCES queue_step (id) ON DELETE CASCADE,
    skill_id        uuid     NOT NULL REFERENCES skill (id),
    min_proficiency smallint NOT NULL,
    PRIMARY KEY (step_id, skill_id),
    CONSTRAINT queue_step_skill_proficiency_range CHECK (min_proficiency BETWEEN 1 AND 10)
);
CREATE INDEX queue_step_skill_by_skill ON queue_step_skill (skill_id);

-- V1's queue_skill meant "one step, at once, needing these skills": it becomes each queue's first step.
INSERT INTO queue_step (id, queue_id, after_seconds) SELECT gen_random_uuid(), id, 0 FROM queue;
INSERT INTO queue_step_skill (step_id, skill_id, min_proficiency)
    SELECT s.id, qs.skill_id, qs.min_proficiency FROM queue_skill qs JOIN queue_step s ON s.queue_id = qs.queue_id;
DROP TABLE queue_skill;

-- Overflow: max_wait_seconds (V1) keeps its meaning; a call also overflows when max_queue_length calls already wait
-- or, if asked, when no agent who could take it is logged in. V1 sent a call that waited too long to a callback,
-- so CALLBACK is the default destination.
ALTER TABLE queue
    ADD COLUMN max_queue_length           integer,
    ADD COLUMN overflow_when_no_agent     boolean     NOT NULL DEFAULT false,
    ADD COLUMN overflow_destination       varchar(16) NOT NULL DEFAULT 'CALLBACK',
    ADD COLUMN overflow_queue_id          uuid        REFERENCES queue (id),
    ADD CONSTRAINT queue_max_queue_length_positive CHECK (max_queue_length IS NULL OR max_queue_length > 0),
    ADD CONSTRAINT queue_overflow_destination_known CHECK (overflow_destination IN ('QUEUE', 'VOICEMAIL', 'CALLBACK')),
    ADD CONSTRAINT queue_overflow_queue_named CHECK ((overflow_destination = 'QUEUE') = (overflow_queue_id IS NOT NULL)),
    ADD CONSTRAINT queue_overflow_not_to_itself CHECK (overflow_queue_id IS NULL OR overflow_queue_id <> id);

-- Why an agent is not ready (NOT_READY) or why they logged out (LOGOUT). Built-in codes are those the server sets
-- by itself (org.confidant.agents.domain.ReasonCode): their code and kind cannot change and they cannot be deleted.
CREATE TABLE reason_code (
    id         uuid         PRIMARY KEY,
    code       varchar(32)  NOT NULL,
    label      varchar(128) NOT NULL,
    kind       varchar(16)  NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    built_in   boolean      NOT NULL DEFAULT false,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT reason_code_unique UNIQUE (code),
    CONSTRAINT reason_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{0,31}$'),
    CONSTRAINT reason_code_label_not_blank CHECK (length(trim(label)) > 0),
    CONSTRAINT reason_code_kind_known CHECK (kind IN ('NOT_READY', 'LOGOUT'))
);

INSERT INTO reason_code (id, code, label, kind, built_in) VALUES
    ('00000000-0000-4000-8000-000000000601', 'LOGGED_IN',           'Just logged in',                'NOT_READY', true),
    ('00000000-0000-4000-8000-000000000602', 'RONA',                'Did not answer an offered call', 'NOT_READY', true),
    ('00000000-0000-4000-8000-000000000603', 'DEVICE_UNREGISTERED', 'Phone unregistered',            'NOT_READY', true),
    ('00000000-0000-4000-8000-000000000604', 'RECONCILED',          'Call lost, state repaired',     'NOT_READY', true),
    ('00000000-0000-4000-8000-000000000605', 'SUPERVISOR',          'Set not ready by a supervisor', 'NOT_READY', true);
