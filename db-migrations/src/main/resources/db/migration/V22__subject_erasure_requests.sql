-- Data-subject requests (issue 5, governance): an erasure of everything Confidant holds about one person, asked for
-- by one person with a reason and carried out only when another approves it. The erasure report (what was erased,
-- what was kept and why) is kept here with its Ed25519 signature; it names records by id only, never by a value.
-- See docs/data-subject-requests.md.

CREATE TABLE subject_erasure (
    id               uuid         PRIMARY KEY,
    contact_id       uuid         NOT NULL,   -- no foreign key: the erased contact's row is gone, the request stays
    reason           varchar(500) NOT NULL,   -- why (a request reference, the law relied on), never PHI
    state            varchar(16)  NOT NULL,
    requested_by     varchar(128) NOT NULL,
    requested_at     timestamptz  NOT NULL,
    approved_by      varchar(128),
    approved_at      timestamptz,
    report           text,                    -- the signed erasure report (JSON), once carried out
    report_signature bytea,                   -- raw Ed25519 signature of the report's UTF-8 bytes
    CONSTRAINT subject_erasure_state_known CHECK (state IN ('REQUESTED', 'CARRIED_OUT')),
    CONSTRAINT subject_erasure_approved_by_a_second_person CHECK (
        approved_by IS NULL OR approved_by <> requested_by),
    CONSTRAINT subject_erasure_carried_out_with_report CHECK (
        (state = 'CARRIED_OUT') = (approved_by IS NOT NULL AND report IS NOT NULL AND report_signature IS NOT NULL))
);

CREATE INDEX subject_erasure_by_contact ON subject_erasure (contact_id, requested_at);
