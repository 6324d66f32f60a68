-- Work that one Tandem does for all the instances sharing this database (loading the demo into an empty store,
-- loading the shipped termbases): the instance doing it locks the work's row (select ... for update) until its
-- transaction ends, so instances starting together take turns and the second finds the work done.
create table cluster_lock (
    name varchar(100) not null primary key
);
insert into cluster_lock (name) values ('demo');
insert into cluster_lock (name) values ('shipped-termbases');
