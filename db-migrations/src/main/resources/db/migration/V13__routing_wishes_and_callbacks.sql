-- Routing gaps of issue 3: per-call wishes a phone system or the IVR sends with a QUEUED event (a preferred agent
-- until a time, skills the call itself needs, the caller's number for a callback) and queued callbacks that keep
-- the caller's place in line.

-- A telephony event's routing wishes as received (JSON), kept only while the event is held for an earlier one:
-- once applied or refused, the call's routing keeps what it needs and this is cleared (it may hold a phone number).
ALTER TABLE call_event ADD COLUMN routing_hints text;

ALTER TABLE call_routing
    ADD COLUMN preferred_agent_id uuid,                   -- an agent id as the phone system named it (a wish, no FK)
    ADD COLUMN preferred_until    timestamptz,            -- only the preferred agent is offered the call until then
    ADD COLUMN required_skills    varchar(512),           -- skill_id:minimum pairs, comma-separated
    ADD COLUMN caller_number      varchar(32),            -- to call the caller back; never logged nor announced
    ADD COLUMN callback_since     timestamptz,            -- set: the caller hung up and waits to be called back
    ADD COLUMN dial_call_id       uuid,                   -- the call placed to call the caller back, while offered
    ADD CONSTRAINT call_routing_preference_until CHECK ((preferred_agent_id IS NULL) = (preferred_until IS NULL)),
    ADD CONSTRAINT call_routing_callback_has_number CHECK (callback_since IS NULL OR caller_number IS NOT NULL),
    ADD CONSTRAINT call_routing_dial_only_for_callbacks CHECK (dial_call_id IS NULL OR callback_since IS NOT NULL);

CREATE UNIQUE INDEX call_routing_dial_call ON call_routing (dial_call_id) WHERE dial_call_id IS NOT NULL;
