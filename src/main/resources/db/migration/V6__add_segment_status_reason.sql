-- why a segment was rejected (issue 5: review workflow); cleared by any later status change
alter table segment add column status_reason varchar(2000);
