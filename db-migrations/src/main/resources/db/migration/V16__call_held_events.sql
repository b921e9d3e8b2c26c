-- How many of a call's events wait HELD for an earlier one. The ledger looks for events to release only while
-- this is above zero, instead of querying call_event after every event (docs/decisions.md, ledger cost).

ALTER TABLE call ADD COLUMN held_events bigint NOT NULL DEFAULT 0;

UPDATE call c SET held_events = held.events
FROM (SELECT call_id, count(*) AS events FROM call_event WHERE outcome = 'HELD' GROUP BY call_id) held
WHERE held.call_id = c.id;
