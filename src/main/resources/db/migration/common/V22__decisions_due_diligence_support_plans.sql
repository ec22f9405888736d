-- The commissioning decision (MIAPS template and rule 7), the due diligence checklist and the AP support
-- plan (Oxfordshire Appendix A) of each placement.

create table commissioning_decision (
    placement_id         uuid primary key references placement (id),
    decided_by           varchar(200),
    decider_capacity     varchar(30),
    decided_on           date,
    la_sen_decision_on   date,
    la_sen_decision_by   varchar(200),
    health_decision_on   date,
    health_decision_by   varchar(200),
    child_views          varchar(4000),
    family_views         varchar(4000),
    how_found            varchar(30),
    how_found_detail     varchar(1000),
    confirmed_at         timestamp with time zone,
    updated_at           timestamp with time zone not null,
    updated_by           uuid,
    version              integer not null default 0
);

-- answers to the nineteen MIAPS questions (question_set MIAPS) and the primary questions (PRIMARY)
create table decision_answer (
    placement_id  uuid          not null references placement (id),
    question_set  varchar(10)   not null,
    question      integer       not null,
    answer        varchar(4000) not null,
    primary key (placement_id, question_set, question)
);

create table due_diligence_item (
    placement_id   uuid          not null references placement (id),
    check_code     varchar(40)   not null,
    completed_on   date,
    evidence       varchar(2000),
    completed_by   varchar(200),
    primary key (placement_id, check_code)
);

create table support_plan (
    placement_id              uuid primary key references placement (id),
    planning_meeting_on       date,
    child_views               varchar(4000),
    parent_views              varchar(4000),
    background                varchar(4000),
    barriers                  varchar(4000),
    risks                     varchar(4000),
    separate_risk_assessment  boolean not null default false,
    safeguarding_status       varchar(1000),
    sen_information           varchar(4000),
    strategies                varchar(4000),
    curriculum_continuity     varchar(4000),
    reason_for_referral       varchar(4000),
    home_school_links         varchar(4000),
    attendance_reporting      varchar(4000),
    agreed_actions            varchar(4000),
    reintegration_plan        varchar(4000),
    updated_at                timestamp with time zone not null,
    updated_by                uuid,
    version                   integer not null default 0
);

create table support_plan_outcome (
    id            uuid primary key,
    placement_id  uuid          not null references placement (id),
    position      integer       not null,
    description   varchar(1000) not null,
    baseline      varchar(1000),
    target        varchar(1000),
    measure       varchar(1000)
);
create index support_plan_outcome_placement on support_plan_outcome (placement_id);

create table support_plan_intervention (
    id                 uuid primary key,
    placement_id       uuid          not null references placement (id),
    position           integer       not null,
    intervention_type  varchar(300)  not null,
    hours              numeric(5,1),
    start_date         date
);
create index support_plan_intervention_placement on support_plan_intervention (placement_id);
