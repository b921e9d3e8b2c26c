-- Records (issue 4): contacts (patients or clients), organisations, cases and notes. Every PHI column is a ciphertext
-- (bytea, Tink AEAD) sealed by the application with its contact's data key, its associated data binding it to
-- (table, column, row id); the database never holds a name, birth date, phone number, email, record number, custom
-- field value, case subject or note text in plaintext. Lookups go through keyed blind indexes (HMAC-SHA256 with
-- deployment keys from the vault), never through decryption of rows. See docs/records.md.

-- An organisation a contact belongs to (an employer, an insurer, a firm's corporate client). Not PHI.
CREATE TABLE organisation (
    id         uuid         PRIMARY KEY,
    name       varchar(128) NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT organisation_name_unique UNIQUE (name),
    CONSTRAINT organisation_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE TABLE contact (
    id              uuid         PRIMARY KEY,
    organisation_id uuid         REFERENCES organisation (id),
    -- The contact's FIELD data key, wrapped by the vault's key-encryption key. Overwriting it shreds the contact,
    -- its cases' subjects and its notes (they are all sealed with it).
    key_kind        text         NOT NULL,
    kek_id          text         NOT NULL,
    wrapped_key     bytea        NOT NULL,
    name            bytea        NOT NULL,
    birth_date      bytea,
    email           bytea,
    phones          bytea        NOT NULL,   -- JSON list of {label, number (E.164)}
    record_numbers  bytea        NOT NULL,   -- JSON list of medical-record or matter numbers
    custom_fields   bytea        NOT NULL,   -- JSON object of the deployment's own fields
    registered_by   varchar(128) NOT NULL,   -- the user who created the record (routine access, docs/records.md)
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT contact_key_is_field CHECK (key_kind = 'FIELD')
);
CREATE INDEX contact_by_kek ON contact (kek_id);

-- Blind indexes: HMAC-SHA256 of a normalised value under a deployment key of its own (one key per index, so the
-- indexes cannot be joined on each other). Equal values give equal entries, nothing else is learnt without the key.
CREATE TABLE contact_phone_index (
    contact_id uuid  NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    phone_hmac bytea NOT NULL,   -- of the number in E.164
    PRIMARY KEY (contact_id, phone_hmac)
);
CREATE INDEX contact_phone_index_by_hmac ON contact_phone_index (phone_hmac);

CREATE TABLE contact_record_number_index (
    contact_id  uuid  NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    number_hmac bytea NOT NULL,  -- of the record number, upper-cased, without spaces and dashes
    PRIMARY KEY (contact_id, number_hmac)
);
CREATE INDEX contact_record_number_index_by_hmac ON contact_record_number_index (number_hmac);

CREATE TABLE contact_identity_index (
    contact_id    uuid  PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    identity_hmac bytea NOT NULL  -- of the normalised name together with the birth date (never of a name alone)
);
CREATE INDEX contact_identity_index_by_hmac ON contact_identity_index (identity_hmac);

-- A case (ticket, matter). Its subject is sealed with its contact's key.
CREATE TABLE contact_case (
    id             uuid        PRIMARY KEY,
    contact_id     uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    subject        bytea       NOT NULL,
    status         varchar(16) NOT NULL,
    owner_agent_id uuid        REFERENCES agent (id),
    team           varchar(64),
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_case_status_known CHECK (status IN ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED'))
);
CREATE INDEX contact_case_by_contact ON contact_case (contact_id, created_at);
CREATE INDEX contact_case_open_by_owner ON contact_case (owner_agent_id) WHERE status IN ('OPEN', 'PENDING');
CREATE INDEX contact_case_open_by_team ON contact_case (team) WHERE status IN ('OPEN', 'PENDING');

-- A note on a contact, or on one of its cases. Notes are not edited: a correction is a new note.
CREATE TABLE contact_note (
    id         uuid         PRIMARY KEY,
    contact_id uuid         NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    case_id    uuid         REFERENCES contact_case (id) ON DELETE CASCADE,
    author     varchar(128) NOT NULL,
    body       bytea        NOT NULL,
    written_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX contact_note_by_contact ON contact_note (contact_id, written_at);

-- Break-glass: each time someone without routine access opened a contact by stating a reason. The audit trail holds
-- the BREAK_GLASS entry; this list is what supervisors and auditors are shown. The reason is a justification, which
-- users are told must not contain clinical details.
CREATE TABLE break_glass_access (
    id          bigserial    PRIMARY KEY,
    accessed_at timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(128) NOT NULL,
    contact_id  uuid         NOT NULL,   -- no foreign key: the record outlives an erased contact
    reason      varchar(500) NOT NULL
);
CREATE INDEX break_glass_access_recent ON break_glass_access (accessed_at DESC);
