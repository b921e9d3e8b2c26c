-- Demo data for ./confidant demo: a small clinic's contact center. Applied only with -Dconfidant.demo-data=true.
-- Repeatable and idempotent: Flyway reruns it when this file changes; ON CONFLICT keeps reruns harmless.

INSERT INTO skill (id, name, description) VALUES
    ('00000000-0000-4000-8000-000000000101', 'appointments', 'Booking, moving and cancelling appointments'),
    ('00000000-0000-4000-8000-000000000102', 'billing',      'Invoices, insurance and payments'),
    ('00000000-0000-4000-8000-000000000103', 'nurse-triage', 'Clinical triage by a registered nurse'),
    ('00000000-0000-4000-8000-000000000104', 'spanish',      'Speaks Spanish with callers')
ON CONFLICT (id) DO NOTHING;

INSERT INTO queue (id, name, description, priority, strategy, wrap_up_seconds, service_level_threshold_seconds, max_wait_seconds) VALUES
    ('00000000-0000-4000-8000-000000000201', 'Appointments', 'General scheduling line',      10, 'LONGEST_IDLE',  30, 20, 600),
    ('00000000-0000-4000-8000-000000000202', 'Billing',      'Billing and insurance',        5, 'ROUND_ROBIN',   45, 30, 900),
    ('00000000-0000-4000-8000-000000000203', 'Nurse line',   'Clinical advice and triage',  50, 'MOST_SKILLED',  60, 10, 300)
ON CONFLICT (id) DO NOTHING;

-- Each queue's first step (at once) and the skills it needs. Written so that a rerun, or an installation upgraded from
-- V1's queue_skill (whose steps V6 created), keeps the steps it has.
INSERT INTO queue_step (id, queue_id, after_seconds)
    SELECT v.id::uuid, v.queue_id::uuid, 0 FROM (VALUES
        ('00000000-0000-4000-8000-000000000211', '00000000-0000-4000-8000-000000000201'),
        ('00000000-0000-4000-8000-000000000212', '00000000-0000-4000-8000-000000000202'),
        ('00000000-0000-4000-8000-000000000213', '00000000-0000-4000-8000-000000000203')) AS v (id, queue_id)
    WHERE NOT EXISTS (SELECT 1 FROM queue_step s WHERE s.queue_id = v.queue_id::uuid);

INSERT INTO queue_step_skill (step_id, skill_id, min_proficiency)
    SELECT s.id, v.skill_id::uuid, v.min_proficiency FROM (VALUES
        ('00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000101', 1),
        ('00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000102', 1),
        ('00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000103', 5)) AS v (queue_id, skill_id, min_proficiency)
    JOIN queue_step s ON s.queue_id = v.queue_id::uuid AND s.after_seconds = 0
    WHERE NOT EXISTS (SELECT 1 FROM queue_step_skill k WHERE k.step_id = s.id)
ON CONFLICT DO NOTHING;

INSERT INTO agent (id, username, display_name, extension, attributes) VALUES
    ('00000000-0000-4000-8000-000000000301', 'demo.agent',  'Alex Agent',  '1001', '{"languages": ["en", "es"], "team": "front-desk"}'),
    ('00000000-0000-4000-8000-000000000302', 'demo.agent2', 'Blake Agent', '1002', '{"languages": ["en"], "team": "clinical"}')
ON CONFLICT (id) DO NOTHING;

INSERT INTO agent_skill (agent_id, skill_id, proficiency) VALUES
    ('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000101', 8),
    ('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000102', 6),
    ('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000104', 9),
    ('00000000-0000-4000-8000-000000000302', '00000000-0000-4000-8000-000000000101', 5),
    ('00000000-0000-4000-8000-000000000302', '00000000-0000-4000-8000-000000000103', 9)
ON CONFLICT DO NOTHING;

-- The clinic's business hours (London wall-clock time) and its main-line IVR flow (docs/ivr.md).
INSERT INTO business_hours_calendar (id, name, time_zone, hours) VALUES
    ('00000000-0000-4000-8000-000000000e01', 'Clinic hours', 'Europe/London', '{
      "weekly": [
        {"day": "MONDAY", "opens": "08:00", "closes": "18:00"}, {"day": "TUESDAY", "opens": "08:00", "closes": "18:00"},
        {"day": "WEDNESDAY", "opens": "08:00", "closes": "18:00"}, {"day": "THURSDAY", "opens": "08:00", "closes": "18:00"},
        {"day": "FRIDAY", "opens": "08:00", "closes": "18:00"}, {"day": "SATURDAY", "opens": "09:00", "closes": "12:00"}],
      "holidays": [
        {"date": "2026-12-24", "name": "Christmas Eve", "specialHours": [{"opens": "08:00", "closes": "13:00"}]},
        {"date": "2026-12-25", "name": "Christmas Day"}, {"date": "2026-12-28", "name": "Boxing Day (substitute)"},
        {"date": "2027-01-01", "name": "New Year''s Day"}]}')
ON CONFLICT DO NOTHING;

INSERT INTO ivr_tree (id, name, definition) VALUES
    ('00000000-0000-4000-8000-000000000e11', 'Clinic main line', '{
      "start": "hours",
      "emergencyPrompt": {"text": "Because of severe weather the clinic is closed today. For emergencies call 999."},
      "nodes": [
        {"id": "hours", "kind": "HOURS_CHECK", "calendarId": "00000000-0000-4000-8000-000000000e01",
         "open": "welcome", "closed": "closed"},
        {"id": "welcome", "kind": "MESSAGE", "prompt": {"text": "Welcome to the clinic. Calls may be recorded."},
         "next": "main"},
        {"id": "main", "kind": "MENU",
         "prompt": {"text": "For appointments press 1, for billing 2, to speak to a nurse 3, para español 4."},
         "options": [{"digit": "1", "next": "patient"}, {"digit": "2", "next": "billing"},
                     {"digit": "3", "next": "nurse"}, {"digit": "4", "next": "spanish"}, {"digit": "9", "next": "main"}],
         "timeoutSeconds": 5, "retries": 2, "fallback": "appointments"},
        {"id": "patient", "kind": "COLLECT_DIGITS", "prompt": {"text": "Enter your patient number, then the hash key."},
         "minDigits": 6, "maxDigits": 8, "terminator": "#", "variable": "patientNumber", "timeoutSeconds": 10,
         "retries": 1, "next": "appointments", "fallback": "appointments"},
        {"id": "appointments", "kind": "ROUTE", "queueId": "00000000-0000-4000-8000-000000000201"},
        {"id": "billing", "kind": "ROUTE", "queueId": "00000000-0000-4000-8000-000000000202"},
        {"id": "nurse", "kind": "ROUTE", "queueId": "00000000-0000-4000-8000-000000000203", "priorityBoost": 20},
        {"id": "spanish", "kind": "ROUTE", "queueId": "00000000-0000-4000-8000-000000000201",
         "requiredSkillId": "00000000-0000-4000-8000-000000000104"},
        {"id": "closed", "kind": "VOICEMAIL",
         "prompt": {"text": "The clinic is closed. Leave a message and we will call you back."}, "mailbox": "front-desk"}
      ]}')
ON CONFLICT DO NOTHING;

INSERT INTO reason_code (id, code, label, kind) VALUES
    ('00000000-0000-4000-8000-000000000611', 'BREAK',        'Break',           'NOT_READY'),
    ('00000000-0000-4000-8000-000000000612', 'TRAINING',     'Training',        'NOT_READY'),
    ('00000000-0000-4000-8000-000000000613', 'END_OF_SHIFT', 'End of shift',    'LOGOUT')
ON CONFLICT DO NOTHING;
