-- IVR call flows and the business-hours calendars they consult. Admins edit each as one document (jsonb), which
-- the application validates as a whole before every save (no dangling branch, no loop without exit...); version
-- is the optimistic lock that turns a concurrent edit into a conflict instead of a lost update.

CREATE TABLE business_hours_calendar (
    id          uuid        PRIMARY KEY,
    name        varchar(64) NOT NULL,
    time_zone   varchar(64) NOT NULL,  -- IANA zone id, e.g. Europe/London: hours are wall-clock times there
    hours       jsonb       NOT NULL,  -- {"weekly": [{"day", "opens", "closes"}...], "holidays": [...]}
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT business_hours_calendar_name_unique UNIQUE (name),
    CONSTRAINT business_hours_calendar_name_not_blank CHECK (length(trim(name)) > 0),
    CONSTRAINT business_hours_calendar_hours_object CHECK (jsonb_typeof(hours) = 'object')
);

-- Trees name calendars, queues and skills by id inside the definition; the application checks they exist on save
-- and refuses to delete a calendar a tree still uses.
CREATE TABLE ivr_tree (
    id          uuid        PRIMARY KEY,
    name        varchar(64) NOT NULL,
    definition  jsonb       NOT NULL,  -- {"start": "...", "emergencyPrompt": {...}, "nodes": [...]} (docs/ivr.md)
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ivr_tree_name_unique UNIQUE (name),
    CONSTRAINT ivr_tree_name_not_blank CHECK (length(trim(name)) > 0),
    CONSTRAINT ivr_tree_definition_object CHECK (jsonb_typeof(definition) = 'object')
);
