-- Placements (module commissioning): the placement, its weekly timetable across settings, its history
-- and its extensions.

create table placement (
    id                        uuid primary key,
    pupil_id                  uuid         not null references pupil (id),
    provider_id               uuid         not null references provider (id),
    commissioner_type         varchar(20)  not null,
    commissioner_id           uuid         not null,
    -- the LA responsible for the pupil (copied from the pupil: it sees the placement wherever it is)
    local_authority_id        uuid         not null references local_authority (id),
    status                    varchar(12)  not null,
    start_date                date         not null,
    planned_end_date          date,
    tier                      integer      not null,
    route                     varchar(30)  not null,
    registration_arrangement  varchar(30)  not null,
    review_interval_weeks     integer      not null default 6,
    next_review_date          date,
    school_contact_user_id    uuid references app_user (id),
    provider_contact          varchar(300),
    reduced_reason            varchar(20),
    reduced_parent_agreed     boolean      not null default false,
    reduced_end_date          date,
    reduced_review_date       date,
    shorter_day_reason        varchar(1000),
    proposed_on               date,
    accepted_on               date,
    decline_reason            varchar(1000),
    activated_on              date,
    ended_on                  date,
    end_outcome               varchar(40),
    end_notes                 varchar(2000),
    cancel_reason             varchar(1000),
    due_diligence_complete    boolean      not null default false,
    created_at                timestamp with time zone not null,
    created_by                uuid,
    version                   integer      not null default 0
);
create index placement_pupil on placement (pupil_id);
create index placement_provider on placement (provider_id, status);
create index placement_la on placement (local_authority_id, status);

-- The pupil's week: sessions at the provider, at the home school and at any other setting
create table placement_slot (
    id            uuid primary key,
    placement_id  uuid         not null references placement (id),
    setting       varchar(12)  not null,
    setting_name  varchar(200),
    day_of_week   varchar(9)   not null,
    start_time    time         not null,
    end_time      time         not null
);
create index placement_slot_placement on placement_slot (placement_id);

create table placement_history (
    id            uuid primary key,
    placement_id  uuid         not null references placement (id),
    at            timestamp with time zone not null,
    user_id       uuid,
    status        varchar(12)  not null,
    note          varchar(300)
);
create index placement_history_placement on placement_history (placement_id, at);

create table placement_extension (
    id                 uuid primary key,
    placement_id       uuid          not null references placement (id),
    previous_end_date  date,
    new_end_date       date          not null,
    reason             varchar(1000) not null,
    recorded_by        uuid,
    recorded_at        timestamp with time zone not null
);
create index placement_extension_placement on placement_extension (placement_id);
