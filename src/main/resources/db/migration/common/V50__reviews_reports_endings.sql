-- Reviews, progress reports, endings, destinations and end-of-placement feedback (issue 7).
-- Each row keeps the placement's LA, pupil and provider so that reads are scoped without reaching into
-- the placements module's tables.

create table review (
    id                        uuid primary key,
    placement_id              uuid          not null references placement (id),
    local_authority_id        uuid          not null,
    pupil_id                  uuid          not null,
    provider_id               uuid          not null,
    held_on                   date          not null,
    attendees                 varchar(2000) not null,
    pupil_views               varchar(4000),
    parent_views              varchar(4000),
    attendance_from           date,
    attendance_rate           decimal(5, 1),
    attendance_from_registers boolean       not null default false,
    need_changes              varchar(4000),
    outcome_changes           varchar(4000),
    plan_changes              varchar(4000),
    notes                     varchar(4000),
    extension_agreed          boolean       not null default false,
    new_end_date              date,
    extension_reason          varchar(1000),
    next_review_date          date          not null,
    recorded_by               uuid          not null,
    recorded_at               timestamp with time zone not null,
    version                   integer       not null default 0
);
create index review_placement on review (placement_id, held_on);
create index review_la on review (local_authority_id);

-- Progress on each agreed outcome at a review, on a 0-10 scale from baseline to target.
create table review_progress (
    id           uuid primary key,
    review_id    uuid          not null references review (id),
    position     integer       not null,
    outcome      varchar(1000) not null,
    baseline     integer       not null,
    current_score integer      not null,
    target       integer       not null,
    comment      varchar(1000)
);
create index review_progress_review on review_progress (review_id);

-- Reminders sent a week before a review is due: one per placement and due date, so a reminder goes once.
create table review_reminder (
    placement_id  uuid not null references placement (id),
    due_on        date not null,
    sent_at       timestamp with time zone not null,
    primary key (placement_id, due_on)
);

-- Termly progress reports written by the provider, against the agreed outcomes.
create table progress_report (
    id                  uuid primary key,
    placement_id        uuid          not null references placement (id),
    local_authority_id  uuid          not null,
    pupil_id            uuid          not null,
    provider_id         uuid          not null,
    term_id             uuid          not null,
    term_name           varchar(100)  not null,
    written_on          date          not null,
    attendance          varchar(2000) not null,
    progress            varchar(4000) not null,
    behaviour           varchar(2000),
    next_steps          varchar(2000),
    written_by          uuid          not null,
    recorded_at         timestamp with time zone not null,
    version             integer       not null default 0
);
create index progress_report_placement on progress_report (placement_id);

-- What was recorded when a placement ended: the final report, the pupil's own view and the reintegration
-- support plan. One row per ended placement, created when it ends (the final report filled in then or later).
create table placement_ending (
    placement_id          uuid primary key references placement (id),
    local_authority_id    uuid          not null,
    pupil_id              uuid          not null,
    provider_id           uuid          not null,
    ended_on              date          not null,
    outcome               varchar(40)   not null,
    year11_leaver         boolean       not null,
    attainment            varchar(4000),
    attendance_summary    varchar(2000),
    behaviour_change      varchar(4000),
    accreditation         varchar(2000),
    english_qualification varchar(200),
    maths_qualification   varchar(200),
    pupil_assessment      varchar(4000),
    reintegration_plan    varchar(4000),
    report_recorded_at    timestamp with time zone,
    report_recorded_by    uuid,
    version               integer       not null default 0
);
create index placement_ending_la on placement_ending (local_authority_id);

-- Destination checks for Year 11 leavers, due 3, 12 and 24 months after leaving.
create table destination_check (
    id                  uuid primary key,
    placement_id        uuid          not null references placement (id),
    local_authority_id  uuid          not null,
    pupil_id            uuid          not null,
    months_after        integer       not null,
    due_on              date          not null,
    checked_on          date,
    destination         varchar(40),
    notes               varchar(2000),
    recorded_by         uuid,
    version             integer       not null default 0,
    constraint destination_check_once unique (placement_id, months_after)
);
create index destination_check_la on destination_check (local_authority_id, due_on);

-- Single-use, expiring links to the end-of-placement feedback form. Only a hash of the token is kept.
create table feedback_link (
    id              uuid primary key,
    placement_id    uuid         not null references placement (id),
    local_authority_id uuid      not null,
    provider_id     uuid         not null,
    respondent      varchar(10)  not null,
    token_hash      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    constraint feedback_link_token unique (token_hash)
);
create index feedback_link_placement on feedback_link (placement_id);

create table feedback_answer (
    id              uuid primary key,
    link_id         uuid          not null references feedback_link (id),
    placement_id    uuid          not null references placement (id),
    local_authority_id uuid       not null,
    provider_id     uuid          not null,
    respondent      varchar(10)   not null,
    felt_safe       integer       not null,
    helped          integer       not null,
    listened_to     integer       not null,
    ready_for_next  integer       not null,
    comments        varchar(2000),
    answered_at     timestamp with time zone not null
);
create index feedback_answer_provider on feedback_answer (provider_id);
create index feedback_answer_placement on feedback_answer (placement_id);
