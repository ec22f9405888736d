-- Every change of a provider's directory status, kept as history (issue 3): who, when, from what, why.
create table provider_status_change (
    id            uuid primary key,
    provider_id   uuid         not null references provider (id),
    from_status   varchar(20)  not null,
    to_status     varchar(20)  not null,
    effective_on  date         not null,
    reason        varchar(2000),
    changed_by    uuid,
    changed_at    timestamp with time zone not null
);
create index provider_status_change_provider on provider_status_change (provider_id, effective_on);
