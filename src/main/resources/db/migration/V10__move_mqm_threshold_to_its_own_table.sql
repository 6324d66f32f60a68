-- A document's LQA pass threshold belongs to its review, not to the document's own row (issue 10): its own table,
-- a row only where an editor set one (none: the default 99).
create table lqa_threshold (
    document_id bigint        not null primary key references document (id) on delete cascade,
    threshold   decimal(6, 2) not null
);

insert into lqa_threshold (document_id, threshold)
select id, mqm_threshold from document where mqm_threshold <> 99.00;

alter table document drop column mqm_threshold;
