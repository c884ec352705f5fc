-- The root span of a run's latest execution, so that a restart's trace can link to it.
alter table trb_run add column span_id varchar(16) default '' not null;
