-- A flag's owner can acknowledge it with a note (what is being done); acknowledging never closes or hides it.
create table flag_acknowledgement (
    id               uuid primary key,
    flag_id          uuid          not null references flag (id),
    user_id          uuid          not null references app_user (id),
    note             varchar(2000) not null,
    acknowledged_at  timestamp with time zone not null
);
create index flag_acknowledgement_flag on flag_acknowledgement (flag_id);

-- LA officers who chose a daily e-mail digest of the flags opened in their LA
create table flag_digest_subscriber (
    user_id        uuid primary key references app_user (id),
    subscribed_at  timestamp with time zone not null,
    last_sent_at   timestamp with time zone
);
