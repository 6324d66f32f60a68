-- The first users are created once however many instances start together on one database (see V15).
insert into cluster_lock (name) values ('first-users');
