-- Call recordings, retention policies and legal holds (issue 5, governance). The media itself is never here: it is
-- an encrypted file under the recordings directory; a row holds its metadata and its data key, wrapped by the
-- vault's key-encryption key. Purging a recording destroys that key (crypto-shredding) and then the file; the row
-- stays as a tombstone (ids, hash, times) so the chain of custody and the audit trail keep their references.
-- Ids of calls, contacts, cases, matters and queues are references only (no foreign keys: other features own them).

CREATE TABLE recording (
    id           uuid         PRIMARY KEY,
    call_id      uuid         NOT NULL,
    contact_id   uuid,
    case_id      uuid,
    matter_id    uuid,
    queue_id     uuid,                       -- decides the retention policy, with the record type
    parties      text[]       NOT NULL DEFAULT '{}',  -- as the telephony system names them (extension, username)
    media_type   varchar(127) NOT NULL,
    duration_ms  bigint,
    size_bytes   bigint       NOT NULL,      -- stored plaintext bytes (paused spans excluded)
    sha256       char(64)     NOT NULL,      -- of the stored plaintext, computed while it streamed in
    created_at   timestamptz  NOT NULL DEFAULT now(),
    key_kind     text,                       -- the data key, wrapped (null once purged)
    kek_id       text,
    wrapped_key  bytea,
    purged_at    timestamptz,
    CONSTRAINT recording_size_positive CHECK (size_bytes > 0),
    CONSTRAINT recording_duration_not_negative CHECK (duration_ms IS NULL OR duration_ms >= 0),
    CONSTRAINT recording_key_until_purged CHECK (
        (purged_at IS NULL AND key_kind IS NOT NULL AND kek_id IS NOT NULL AND wrapped_key IS NOT NULL)
        OR (purged_at IS NOT NULL AND key_kind IS NULL AND kek_id IS NULL AND wrapped_key IS NULL))
);

CREATE INDEX recording_by_call ON recording (call_id, created_at);
CREATE INDEX recording_not_purged ON recording (created_at, id) WHERE purged_at IS NULL;
CREATE INDEX recording_by_kek ON recording (kek_id) WHERE kek_id IS NOT NULL;

-- The holes paused spans (card payments) left: source bytes never stored, and where the hole sits in what was.
CREATE TABLE recording_gap (
    recording_id  uuid   NOT NULL REFERENCES recording (id) ON DELETE CASCADE,
    stored_offset bigint NOT NULL,
    source_offset bigint NOT NULL,
    length_bytes  bigint NOT NULL,
    PRIMARY KEY (recording_id, source_offset),
    CONSTRAINT recording_gap_sane CHECK (stored_offset >= 0 AND source_offset >= stored_offset AND length_bytes > 0)
);

-- How long records of a type are kept, per queue; queue_id null is the default for queues without their own.
CREATE TABLE retention_policy (
    queue_id    uuid,
    record_type varchar(16)  NOT NULL,
    retention   varchar(32)  NOT NULL,       -- ISO-8601 period, e.g. P7Y
    updated_by  varchar(128) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT retention_policy_type_known CHECK (record_type IN
        ('RECORDING', 'TRANSCRIPT', 'INTERACTION', 'CONTACT', 'CASE', 'NOTE')),
    CONSTRAINT retention_policy_period_form CHECK (retention ~ '^P')
);

CREATE UNIQUE INDEX retention_policy_one_per_queue_and_type
    ON retention_policy ((coalesce(queue_id, '00000000-0000-0000-0000-000000000000'::uuid)), record_type);

-- Legal holds: nothing linked to the subject is purged until a release is requested by one person and approved by
-- another. The second-person rule is checked by the application and again here.
CREATE TABLE legal_hold (
    id                   uuid         PRIMARY KEY,
    subject_type         varchar(16)  NOT NULL,
    subject_id           uuid         NOT NULL,
    reference            varchar(128),            -- docket or ticket number, never PHI
    state                varchar(24)  NOT NULL,
    placed_by            varchar(128) NOT NULL,
    placed_at            timestamptz  NOT NULL,
    release_requested_by varchar(128),
    release_requested_at timestamptz,
    released_by          varchar(128),
    released_at          timestamptz,
    CONSTRAINT legal_hold_subject_known CHECK (subject_type IN ('CONTACT', 'CASE', 'MATTER', 'CALL')),
    CONSTRAINT legal_hold_state_known CHECK (state IN ('ACTIVE', 'RELEASE_REQUESTED', 'RELEASED')),
    CONSTRAINT legal_hold_released_by_a_second_person CHECK (
        released_by IS NULL OR (release_requested_by IS NOT NULL AND released_by <> release_requested_by))
);

CREATE INDEX legal_hold_standing ON legal_hold (subject_type, subject_id) WHERE state <> 'RELEASED';
