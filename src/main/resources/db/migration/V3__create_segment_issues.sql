-- The last check results of each segment, so that re-opening a document (also after a restart) re-checks only
-- segments whose text or rule set changed. Issues are derived data: losing this table loses nothing.
create table segment_issues (
    segment_id bigint      not null primary key references segment (id) on delete cascade,
    text_key   varchar(64) not null,
    ruleset    int         not null,
    issues     clob        not null
);
