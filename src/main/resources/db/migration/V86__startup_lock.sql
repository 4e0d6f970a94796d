-- One row that every node locks (select ... for update) while it writes its start-up data (Camunda
-- authorizations, the first administrator, demo data): two nodes starting together write them once.
create table startup_lock (
    name varchar(40) primary key
);
insert into startup_lock (name) values ('startup-data');
