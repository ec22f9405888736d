-- Quality assurance of providers (issue 8): QA visits with the provider's self-assessment, the visit record
-- (activities, checklists, judgements per section), the signed-off report, action plans with escalation,
-- the concerns register, and the LA's termly evaluation of QA report quality.

create table qa_visit (
    id                     uuid primary key,
    local_authority_id     uuid         not null references local_authority (id),
    provider_id            uuid         not null references provider (id),
    visit_type             varchar(20)  not null,
    status                 varchar(20)  not null,
    planned_on             date         not null,
    qa_professional_id     uuid         references app_user (id),
    concern_id             uuid,
    provider_notified_at   timestamp with time zone,
    visited_on             date,
    activities             varchar(200),
    overall_outcome        varchar(30),
    summary                varchar(4000),
    recorded_by            uuid,
    recorded_at            timestamp with time zone,
    signed_off_by          uuid,
    signed_off_at          timestamp with time zone,
    escalation             varchar(30),
    escalated_on           date,
    escalation_reason      varchar(2000),
    suspension_recommended_by uuid,
    suspension_confirmed_by   uuid,
    escalation_closed_on   date,
    created_by             uuid         not null,
    created_at             timestamp with time zone not null,
    version                integer      not null default 0
);
create index qa_visit_provider on qa_visit (provider_id, planned_on);
create index qa_visit_la on qa_visit (local_authority_id, planned_on);
create index qa_visit_qap on qa_visit (qa_professional_id);

-- the QAP's judgement of each of the five sections
create table qa_section_judgement (
    visit_id               uuid         not null references qa_visit (id),
    section                varchar(40)  not null,
    judgement              varchar(30),
    strengths              varchar(4000),
    areas_for_development  varchar(4000),
    primary key (visit_id, section)
);

-- the compliance checklist answers of a visit (items are named in code: QaChecklist)
create table qa_checklist_answer (
    visit_id  uuid         not null references qa_visit (id),
    item      varchar(60)  not null,
    answer    varchar(10)  not null,
    primary key (visit_id, item)
);

-- the provider's self-assessment before the visit
create table qa_self_assessment (
    visit_id      uuid primary key references qa_visit (id),
    status        varchar(20) not null,
    submitted_by  uuid,
    submitted_at  timestamp with time zone,
    version       integer     not null default 0
);

create table qa_self_assessment_section (
    visit_id         uuid         not null references qa_visit (id),
    section          varchar(40)  not null,
    self_evaluation  varchar(4000),
    primary key (visit_id, section)
);

-- policies the provider lists or uploads with its self-assessment; content is null when only listed
create table qa_document (
    id            uuid primary key,
    visit_id      uuid          not null references qa_visit (id),
    section       varchar(40)   not null,
    title         varchar(200)  not null,
    reviewed_on   date,
    file_name     varchar(200),
    content_type  varchar(100),
    size_bytes    bigint,
    content       bytea,
    uploaded_by   uuid          not null,
    uploaded_at   timestamp with time zone not null
);
create index qa_document_visit on qa_document (visit_id);

create table qa_action_item (
    id             uuid primary key,
    visit_id       uuid          not null references qa_visit (id),
    section        varchar(40)   not null,
    description    varchar(2000) not null,
    owner          varchar(200)  not null,
    due_on         date          not null,
    status         varchar(20)   not null,
    completed_on   date,
    last_reminded_on date,
    created_at     timestamp with time zone not null,
    version        integer       not null default 0
);
create index qa_action_item_visit on qa_action_item (visit_id);

create table concern (
    id                   uuid primary key,
    provider_id          uuid          not null references provider (id),
    -- the child the concern is about, when it is about one (the pupil module's id; no reference across modules)
    pupil_id             uuid,
    category             varchar(30)   not null,
    description          varchar(4000) not null,
    status               varchar(20)   not null,
    raised_by            uuid          not null references app_user (id),
    raised_by_org_type   varchar(20)   not null,
    raised_by_org_id     uuid          not null,
    raised_by_la_id      uuid          not null references local_authority (id),
    raised_on            date          not null,
    raised_at            timestamp with time zone not null,
    triaged_by           uuid,
    triaged_on           date,
    triage_note          varchar(4000),
    responsive_visit_id  uuid references qa_visit (id),
    outcome              varchar(4000),
    closed_by            uuid,
    closed_on            date,
    version              integer       not null default 0
);
create index concern_provider on concern (provider_id, raised_on);
create index concern_raiser_org on concern (raised_by_org_id);

create table qa_report_evaluation (
    id            uuid primary key,
    visit_id      uuid          not null unique references qa_visit (id),
    term_label    varchar(40)   not null,
    grade         varchar(20)   not null,
    feedback      varchar(4000) not null,
    evaluated_by  uuid          not null,
    evaluated_at  timestamp with time zone not null
);
