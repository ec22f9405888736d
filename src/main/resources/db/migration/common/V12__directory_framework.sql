-- The provider directory and framework (issue 3): lots, each provider's offer, documents with expiry dates,
-- applications with their checks, desk-top reviews of non-listed providers, changes of checked facts waiting
-- for the LA, annual editions (frozen snapshots) and imports.

-- framework lots: data each LA edits (seeded with Manchester's ten)
create table framework_lot (
    id                  uuid primary key,
    local_authority_id  uuid          not null references local_authority (id),
    number              integer       not null,
    name                varchar(200)  not null,
    description         varchar(1000),
    version             integer       not null default 0,
    unique (local_authority_id, number)
);

-- what the directory says about a provider: its offer, place, safeguarding leads
create table provider_offer (
    provider_id            uuid primary key references provider (id),
    description            varchar(2000),
    age_from               integer,
    age_to                 integer,
    -- comma-wrapped codes (",SEMH,ASD,") so a filter is one LIKE
    needs                  varchar(300),
    subjects               varchar(2000),
    qualifications         varchar(2000),
    days                   varchar(100),
    session_times          varchar(200),
    capacity               integer,
    address                varchar(500),
    postcode               varchar(10),
    area                   varchar(100),
    cost_per_session       numeric(8,2),
    contact_email          varchar(254),
    contact_phone          varchar(40),
    dsl_name               varchar(200),
    dsl_trained_on         date,
    deputy_dsl_name        varchar(200),
    deputy_dsl_trained_on  date,
    version                integer not null default 0
);

create table provider_lot (
    provider_id  uuid not null references provider (id),
    lot_id       uuid not null references framework_lot (id),
    primary key (provider_id, lot_id)
);
create index provider_lot_lot on provider_lot (lot_id);

-- insurances and policies, each with an expiry or review date
create table provider_document (
    id                uuid primary key,
    provider_id       uuid          not null references provider (id),
    kind              varchar(20)   not null,
    name              varchar(200)  not null,
    reference         varchar(200),
    expires_on        date          not null,
    reminder_sent_on  date,
    created_at        timestamp with time zone not null,
    version           integer       not null default 0
);
create index provider_document_provider on provider_document (provider_id);
create index provider_document_expiry on provider_document (expires_on);

-- an application to join an LA's directory, and the LA's checks of it
create table provider_application (
    id                  uuid primary key,
    provider_id         uuid          not null references provider (id),
    local_authority_id  uuid          not null references local_authority (id),
    submitted_on        date          not null,
    submitted_by        uuid,
    statement           varchar(4000),
    status              varchar(20)   not null,
    decided_on          date,
    decided_by          uuid,
    decision_reason     varchar(2000),
    created_at          timestamp with time zone not null,
    version             integer       not null default 0
);
create index provider_application_provider on provider_application (provider_id);

create table provider_check (
    id              uuid primary key,
    application_id  uuid          not null references provider_application (id),
    check_type      varchar(40)   not null,
    checked_on      date          not null,
    outcome         varchar(20)   not null,
    evidence        varchar(2000) not null,
    checked_by      uuid,
    recorded_at     timestamp with time zone not null,
    version         integer       not null default 0,
    unique (application_id, check_type)
);

-- a commissioner's request to use a provider that is not on the directory, and the LA AP lead's review
create table desk_top_review (
    id                     uuid primary key,
    provider_id            uuid          not null references provider (id),
    local_authority_id     uuid          not null references local_authority (id),
    requested_by           uuid          not null,
    requester_org_type     varchar(20)   not null,
    requester_org_id       uuid          not null,
    requested_on           date          not null,
    reason                 varchar(2000) not null,
    status                 varchar(20)   not null,
    insurances_checked     boolean       not null default false,
    insurances_note        varchar(2000),
    policies_checked       boolean       not null default false,
    policies_note          varchar(2000),
    safeguarding_checked   boolean       not null default false,
    safeguarding_note      varchar(2000),
    decided_on             date,
    decided_by             uuid,
    decision_reason        varchar(2000),
    created_at             timestamp with time zone not null,
    version                integer       not null default 0
);
create index desk_top_review_provider on desk_top_review (provider_id);
create index desk_top_review_la on desk_top_review (local_authority_id, status);

-- a provider's change to checked facts of its offer, waiting for the LA (one line per field: name, old, new)
create table provider_offer_change (
    id              uuid primary key,
    provider_id     uuid          not null references provider (id),
    submitted_by    uuid          not null,
    submitted_at    timestamp with time zone not null,
    changes         varchar(8000) not null,
    status          varchar(20)   not null,
    decided_by      uuid,
    decided_at      timestamp with time zone,
    decision_reason varchar(2000),
    version         integer       not null default 0
);
create index provider_offer_change_provider on provider_offer_change (provider_id, status);

-- the annual publication: each edition is a frozen snapshot that never changes
create table directory_edition (
    id                  uuid primary key,
    local_authority_id  uuid          not null references local_authority (id),
    academic_year       varchar(9)    not null,
    edition             integer       not null,
    published_on        date          not null,
    published_by        uuid          not null,
    published_at        timestamp with time zone not null,
    provider_count      integer       not null,
    unique (local_authority_id, academic_year, edition)
);

create table directory_edition_entry (
    edition_id        uuid          not null references directory_edition (id),
    position          integer       not null,
    lot_number        integer,
    lot_name          varchar(200),
    provider_id       uuid          not null,
    name              varchar(200)  not null,
    registration      varchar(40)   not null,
    urn               varchar(7),
    ukprn             varchar(8),
    age_range         varchar(20),
    needs             varchar(300),
    subjects          varchar(2000),
    qualifications    varchar(2000),
    days              varchar(100),
    session_times     varchar(200),
    capacity          integer,
    area              varchar(100),
    address           varchar(600),
    cost_per_session  numeric(8,2),
    contact           varchar(300),
    latest_qa         varchar(200),
    description       varchar(2000),
    primary key (edition_id, position)
);

-- an uploaded file waiting for its preview to be applied (GIAS extract or providers spreadsheet)
create table directory_import (
    id                  uuid primary key,
    local_authority_id  uuid          not null references local_authority (id),
    kind                varchar(20)   not null,
    file_name           varchar(200)  not null,
    content             text          not null,
    uploaded_by         uuid          not null,
    uploaded_at         timestamp with time zone not null,
    status              varchar(20)   not null,
    applied_at          timestamp with time zone,
    summary             varchar(500)
);
