-- The vault's deployment-wide named data keys (audit checkpoint signing, phone-number blind index…), each a Tink
-- keyset encrypted by a key-encryption key (KEK) that lives in a PKCS#12 keystore on local disk, never here.
-- Keys of records (recordings, contacts) are stored next to their record with the same three columns.

CREATE TABLE vault_system_key (
    name         varchar(64)  PRIMARY KEY,
    key_kind     varchar(16)  NOT NULL,
    kek_id       varchar(32)  NOT NULL,   -- which KEK wraps it: rotation rewraps, data stays as it is
    wrapped_key  bytea        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT vault_system_key_kind_known CHECK (key_kind IN ('FIELD', 'STREAM', 'BLIND_INDEX', 'SIGNING'))
);
