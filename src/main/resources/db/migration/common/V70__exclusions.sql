-- Permanent exclusions and suspensions recorded by the pupil's school (dfe-reference §4.3), part of the
-- child's record. Reasons: up to three DfE reason codes, comma-separated (H2 has no text[]).
create table exclusion (
    id                  uuid primary key,
    pupil_id            uuid          not null references pupil (id),
    local_authority_id  uuid          not null references local_authority (id),
    school_id           uuid          references school (id),
    kind                varchar(12)   not null,
    start_date          date          not null,
    sessions            integer,
    reasons             varchar(20)   not null,
    note                varchar(2000),
    recorded_by         uuid          not null,
    recorded_at         timestamp with time zone not null,
    version             integer       not null default 0
);
create index exclusion_pupil on exclusion (pupil_id, start_date);
create index exclusion_la on exclusion (local_authority_id, start_date);
