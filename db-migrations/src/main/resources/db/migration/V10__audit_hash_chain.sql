-- The audit trail becomes tamper-evident (issue 5, docs/audit.md):
--   * entries get the client address and a reason (both optional);
--   * the sealer chains committed entries: a gap-free sequence and entry_hash = SHA-256(previous hash || canonical
--     form), set once on an entry that has none (the "seal"); audit_chain_head is the last sealed entry;
--   * audit_checkpoint holds Ed25519-signed chain heads;
--   * append-only for the application's role: its UPDATE/DELETE/TRUNCATE privileges are revoked (except sealing the
--     two chain columns) and triggers refuse any change, for every role that does not disable triggers.

ALTER TABLE audit_entry
    ADD COLUMN client_address varchar(64),
    ADD COLUMN reason         varchar(512),
    ADD COLUMN sequence       bigint,
    ADD COLUMN entry_hash     bytea,
    ADD CONSTRAINT audit_entry_sequence_unique UNIQUE (sequence),
    ADD CONSTRAINT audit_entry_sealed_whole CHECK ((sequence IS NULL) = (entry_hash IS NULL)),
    ADD CONSTRAINT audit_entry_hash_is_sha256 CHECK (entry_hash IS NULL OR octet_length(entry_hash) = 32);

-- What the sealer has still to chain (entries recorded before V10 are sealed on its first run).
CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE sequence IS NULL;
CREATE INDEX audit_entry_by_time ON audit_entry (recorded_at);

CREATE TABLE audit_chain_head (
    id         smallint PRIMARY KEY CHECK (id = 1),   -- one row; the sealer locks it (SELECT ... FOR UPDATE)
    sequence   bigint   NOT NULL CHECK (sequence >= 0),
    entry_hash bytea    NOT NULL CHECK (octet_length(entry_hash) = 32)
);
INSERT INTO audit_chain_head (id, sequence, entry_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

CREATE TABLE audit_checkpoint (
    sequence   bigint      PRIMARY KEY,               -- the last entry the checkpoint covers
    head_hash  bytea       NOT NULL CHECK (octet_length(head_hash) = 32),
    signed_at  timestamptz NOT NULL,
    signature  bytea       NOT NULL CHECK (octet_length(signature) = 64)   -- Ed25519 over the canonical checkpoint
);

-- Any change to an audit row is refused.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The one update allowed: sealing an unsealed entry, every other column unchanged (compared as JSON so that a
-- column added later is covered without editing this function).
CREATE FUNCTION audit_entry_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.sequence IS NULL AND NEW.sequence IS NOT NULL
       AND to_jsonb(NEW) - 'sequence' - 'entry_hash' = to_jsonb(OLD) - 'sequence' - 'entry_hash' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only: UPDATE of audit entry % refused', OLD.id
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_seal_only BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_seal_only();
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The application's role runs this migration and owns the tables (docs/decisions.md, 3): it gives up its own
-- privileges to change audit rows, keeping only the right to seal. An owner could grant them back or disable the
-- triggers; that is what the hash chain and the signed checkpoints then reveal (docs/audit.md, "What the
-- application's role may not do").
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM CURRENT_USER;
GRANT UPDATE (sequence, entry_hash) ON audit_entry TO CURRENT_USER;
