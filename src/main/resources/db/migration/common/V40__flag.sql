-- The compliance engine's flags (issue 6): one row per time a rule held for a record, kept after it closes.
-- At most one open row per (local authority, code, subject) — enforced by the engine, which reconciles an
-- LA's flags under a lock on the LA's row (H2 has no partial unique index).
create table flag (
    id                  uuid primary key,
    local_authority_id  uuid         not null references local_authority (id),
    code                varchar(40)  not null,
    severity            varchar(10)  not null,
    subject_type        varchar(20)  not null,
    subject_id          uuid         not null,
    owner_type          varchar(20)  not null,
    owner_id            uuid         not null,
    since               date         not null,
    evidence            varchar(8000) not null,
    -- who besides the LA may see it: the school, provider and family of the record (null when none)
    school_id           uuid,
    provider_id         uuid,
    family_id           uuid,
    pupil_id            uuid,
    opened_at           timestamp with time zone not null,
    checked_at          timestamp with time zone not null,
    closed_on           date,
    closed_at           timestamp with time zone,
    version             integer      not null default 0
);
create index flag_la_open on flag (local_authority_id, closed_on, code);
create index flag_subject on flag (subject_type, subject_id);
create index flag_school on flag (school_id);
create index flag_provider on flag (provider_id);
