-- The screen pop shows a caller's last five interactions: found by the contact the interaction is linked to, newest
-- first, without scanning the call log.
CREATE INDEX interaction_by_contact ON interaction (contact_id, offered_at DESC) WHERE contact_id IS NOT NULL;
