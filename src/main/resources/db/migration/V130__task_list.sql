-- The task lists' read model (tasks.list): one row per open user task of the engine, and one row per
-- audience that sees it in their list ('u:' + the assignee of a claimed task, 'g:' + each candidate group of
-- an unclaimed one). Kept by a task listener in the engine's own transaction, rebuilt from the engine at
-- start when it does not match. The audience rows repeat what is filtered and sorted on, so that a page of
-- a list is one index range per audience, whatever the number of open tasks.
create table task_list_entry (
    task_id             varchar(64)   primary key,
    name                varchar(255),
    description         varchar(4000),
    task_key            varchar(255)  not null,
    process_key         varchar(255)  not null,
    process_instance_id varchar(64),
    business_key        varchar(255),
    subject_label       varchar(500),
    subject_link        varchar(500),
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    assignee            varchar(255)
);

create table task_list_audience (
    audience    varchar(300)  not null,
    task_id     varchar(64)   not null references task_list_entry (task_id) on delete cascade,
    process_key varchar(255)  not null,
    task_key    varchar(255)  not null,
    created_at  timestamp with time zone not null,
    -- the due date, or 9999-12-31 for none: sorts last, and needs no null ordering
    due_key     timestamp with time zone not null,
    -- lower-case task name, subject and business key, for the list's search
    search      varchar(1200) not null,
    primary key (task_id, audience)
);
-- Pages read these in order (queries name every column, audience first, in their ORDER BY: H2 uses an index
-- for the order only then).
create index task_list_audience_created on task_list_audience (audience, created_at, task_id);
create index task_list_audience_due on task_list_audience (audience, due_key, task_id);
create index task_list_audience_kind on task_list_audience (audience, process_key, task_key, created_at, task_id);

-- The read model's format version: a start with another version (or none) rebuilds it from the engine.
create table task_list_state (
    id      int primary key,
    version int not null
);
