-- The outbox: Spring Modulith's event publication registry (spring-modulith-events-jdbc, table and columns
-- as its schema-h2.sql / schema-postgresql.sql) records, in the transaction of a change, every message and
-- e-mail that change owes to an after-commit listener; completion_date is set once the listener succeeded.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(20000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);

-- Failed deliveries of an owed publication: how often, the last error, and when the next retry is due
-- (exponential back-off). A row whose attempts reached trustfund.outbox.max-attempts is undeliverable
-- until an administrator retries it.
create table outbox_delivery (
    publication_id  uuid          not null primary key,
    attempts        integer       not null,
    last_error      varchar(2000),
    last_failed_at  timestamp with time zone,
    next_attempt_at timestamp with time zone not null
);
