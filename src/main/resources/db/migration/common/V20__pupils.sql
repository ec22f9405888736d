-- Pupils (module pupil): the child's record, Tier 1 support before AP, and partners' read access.

create table pupil (
    id                     uuid primary key,
    upn                    varchar(13)  not null unique,
    temporary_upn          boolean      not null default false,
    first_name             varchar(100) not null,
    last_name              varchar(100) not null,
    preferred_name         varchar(100),
    date_of_birth          date         not null,
    -- null: no school place (excluded, awaiting a place): the LA arranges education
    home_school_id         uuid references school (id),
    -- the LA responsible for the child
    local_authority_id     uuid         not null references local_authority (id),
    -- the family that may commission with an EHCP personal budget
    family_id              uuid references family (id),
    sen_status             varchar(12)  not null,
    primary_need           varchar(4),
    ehcp_personal_budget   boolean      not null default false,
    looked_after           boolean      not null default false,
    child_protection_plan  boolean      not null default false,
    child_in_need          boolean      not null default false,
    free_school_meals      boolean      not null default false,
    created_at             timestamp with time zone not null,
    created_by             uuid,
    version                integer      not null default 0
);
create index pupil_school on pupil (home_school_id);
create index pupil_la on pupil (local_authority_id);
create index pupil_family on pupil (family_id);
create index pupil_last_name on pupil (last_name);

-- Tier 1: outreach and in-school interventions recorded before (or instead of) AP
create table tier_one_support (
    id             uuid primary key,
    pupil_id       uuid          not null references pupil (id),
    kind           varchar(30)   not null,
    description    varchar(2000) not null,
    delivered_by   varchar(200),
    started_on     date          not null,
    ended_on       date,
    outcome        varchar(2000),
    recorded_by    uuid          not null references app_user (id),
    recorded_at    timestamp with time zone not null,
    version        integer       not null default 0
);
create index tier_one_support_pupil on tier_one_support (pupil_id);

-- A partner (social worker, Virtual School, SEN team) reads a named pupil only while granted
create table partner_grant (
    id               uuid primary key,
    pupil_id         uuid         not null references pupil (id),
    partner_user_id  uuid         not null references app_user (id),
    reason           varchar(300) not null,
    granted_by       uuid         not null references app_user (id),
    granted_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone
);
create index partner_grant_user on partner_grant (partner_user_id);
create index partner_grant_pupil on partner_grant (pupil_id);
