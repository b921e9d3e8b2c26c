-- The wallboard's "so far today" counters read the calls that joined a line today: an index on the place in line
-- keeps that a range scan of one day's rows (call_routing_live covers live calls only).
CREATE INDEX call_routing_by_waiting_since ON call_routing (waiting_since);
