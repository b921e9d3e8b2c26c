-- Agents, skills and queues: what routing needs first. Ids are UUIDs chosen by the application so that events
-- can name an aggregate before it is stored and so that a cluster never needs a shared sequence.

CREATE TABLE skill (
    id          uuid         PRIMARY KEY,
    name        varchar(64)  NOT NULL,
    description varchar(255),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT skill_name_unique UNIQUE (name),
    CONSTRAINT skill_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE TABLE agent (
    id           uuid         PRIMARY KEY,
    username     varchar(128) NOT NULL,  -- the agent's Keycloak username
    display_name varchar(128) NOT NULL,
    extension    varchar(32),            -- the phone the agent normally sits at
    attributes   jsonb        NOT NULL DEFAULT '{}'::jsonb,  -- routing attributes (language, team, site...)
    active       boolean      NOT NULL DEFAULT true,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT agent_username_unique UNIQUE (username),
    CONSTRAINT agent_attributes_object CHECK (jsonb_typeof(attributes) = 'object')
);

CREATE TABLE agent_skill (
    agent_id    uuid     NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    skill_id    uuid     NOT NULL REFERENCES skill (id),
    proficiency smallint NOT NULL,
    PRIMARY KEY (agent_id, skill_id),
    CONSTRAINT agent_skill_proficiency_range CHECK (proficiency BETWEEN 1 AND 10)
);
CREATE INDEX agent_skill_by_skill ON agent_skill (skill_id, proficiency DESC);

CREATE TABLE queue (
    id                              uuid         PRIMARY KEY,
    name                            varchar(64)  NOT NULL,
    description                     varchar(255),
    priority                        smallint     NOT NULL DEFAULT 0,
    strategy                        varchar(32)  NOT NULL DEFAULT 'LONGEST_IDLE',
    wrap_up_seconds                 integer      NOT NULL DEFAULT 30,
    service_level_threshold_seconds integer      NOT NULL DEFAULT 20,
    max_wait_seconds                integer,
    version                         bigint       NOT NULL DEFAULT 0,
    created_at                      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT queue_name_unique UNIQUE (name),
    CONSTRAINT queue_priority_range CHECK (priority BETWEEN 0 AND 100),
    CONSTRAINT queue_strategy_known CHECK (strategy IN ('LONGEST_IDLE', 'MOST_SKILLED', 'ROUND_ROBIN', 'LEAST_OCCUPIED')),
    CONSTRAINT queue_wrap_up_not_negative CHECK (wrap_up_seconds >= 0),
    CONSTRAINT queue_service_level_positive CHECK (service_level_threshold_seconds > 0),
    CONSTRAINT queue_max_wait_positive CHECK (max_wait_seconds IS NULL OR max_wait_seconds > 0)
);

-- The skills a queue's calls need, with the least proficiency an agent must have to take them.
CREATE TABLE queue_skill (
    queue_id        uuid     NOT NULL REFERENCES queue (id) ON DELETE CASCADE,
    skill_id        uuid     NOT NULL REFERENCES skill (id),
    min_proficiency smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (queue_id, skill_id),
    CONSTRAINT queue_skill_proficiency_range CHECK (min_proficiency BETWEEN 1 AND 10)
);
