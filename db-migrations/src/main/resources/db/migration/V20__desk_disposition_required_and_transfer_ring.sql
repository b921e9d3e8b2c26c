-- Agent desk: a queue may require a disposition before its calls' wrap-up ends (the agent's "available" is refused
-- and the wrap-up timer waits while the interaction has none).
ALTER TABLE queue ADD COLUMN disposition_required boolean NOT NULL DEFAULT false;

-- A transfer to an agent rings them (RESERVED for the call) while the first agent is still on it (ON_CALL): a call
-- may have one agent on it and one agent it rings, never two of either.
DROP INDEX agent_presence_one_agent_per_call;
CREATE UNIQUE INDEX agent_presence_one_agent_on_call ON agent_presence (call_id)
    WHERE call_id IS NOT NULL AND state <> 'RESERVED';
CREATE UNIQUE INDEX agent_presence_one_agent_rung_per_call ON agent_presence (call_id)
    WHERE call_id IS NOT NULL AND state = 'RESERVED';
