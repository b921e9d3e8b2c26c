-- Agent desk: a queue may require a disposition before its calls' wrap-up ends (the agent's "available" is refused
-- and the wrap-up timer waits while the interaction has none).
ALTER TABLE queue ADD COLUMN disposition_required boolean NOT NULL DEFAULT false;
