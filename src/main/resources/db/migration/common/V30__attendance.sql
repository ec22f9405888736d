-- Attendance (module attendance): one mark a placement, date and session, what it replaced, the registers
-- submitted, and which register-missing alerts have gone out.

create table attendance_mark (
    id                  uuid primary key,
    placement_id        uuid         not null references placement (id),
    pupil_id            uuid         not null,
    provider_id         uuid         not null,
    local_authority_id  uuid         not null,
    mark_date           date         not null,
    session_half        varchar(2)   not null,
    code                varchar(3)   not null,
    minutes_late        integer,
    note                varchar(500),
    recorded_by         uuid,
    recorded_at         timestamp with time zone not null,
    -- the school's follow-up of an absence: the reason and the final code (authorised or not)
    final_code          varchar(3),
    follow_up_reason    varchar(1000),
    followed_up_on      date,
    followed_up_by      uuid,
    version             integer      not null default 0,
    constraint attendance_mark_one_a_session unique (placement_id, mark_date, session_half)
);
create index attendance_mark_provider on attendance_mark (provider_id, mark_date);
create index attendance_mark_la on attendance_mark (local_authority_id, mark_date);
create index attendance_mark_pupil on attendance_mark (pupil_id, mark_date);

-- Every earlier state of a mark, kept when a register is amended or an absence followed up
create table attendance_mark_history (
    id               uuid primary key,
    mark_id          uuid         not null references attendance_mark (id),
    code             varchar(3)   not null,
    minutes_late     integer,
    note             varchar(500),
    final_code       varchar(3),
    follow_up_reason varchar(1000),
    recorded_by      uuid,
    recorded_at      timestamp with time zone not null,
    replaced_by      uuid,
    replaced_at      timestamp with time zone not null,
    change_kind      varchar(12)  not null,
    reason           varchar(500)
);
create index attendance_mark_history_mark on attendance_mark_history (mark_id, replaced_at);

-- Each submission of a register (who, when, how many marks, the reason for a late one)
create table register_submission (
    id             uuid primary key,
    provider_id    uuid         not null,
    register_date  date         not null,
    session_half   varchar(2)   not null,
    submitted_by   uuid,
    submitted_at   timestamp with time zone not null,
    accepted       integer      not null,
    rejected       integer      not null,
    late_reason    varchar(500)
);
create index register_submission_provider on register_submission (provider_id, register_date);

-- Register-missing alerts sent, so that each session is announced once
create table register_missing_alert (
    placement_id   uuid         not null,
    alert_date     date         not null,
    session_half   varchar(2)   not null,
    sent_at        timestamp with time zone not null,
    primary key (placement_id, alert_date, session_half)
);
