-- The sources each agent skipped or refused, one "file: problem" per line, so that the outcome
-- (and the policy, the report and the launcher reading it) says what was not used.
alter table trb_agent_outcome add column problems varchar(16000) default '' not null;
