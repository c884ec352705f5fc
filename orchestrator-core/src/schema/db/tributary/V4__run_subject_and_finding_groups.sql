-- Tributary result store, version 4. Portable across H2 2.x and PostgreSQL 13+.
-- A run's subject and input belong to its job: the job's intake names the subject (a key, a
-- name, free attributes) and the input its agents read (a kind and a value). Findings and the
-- shared risk register carry an open group name that the job chooses. Runs written by earlier
-- versions keep everything they had: their subject's identifiers become its attributes, their
-- input is the directory they read.

alter table trb_run rename column target_key to subject_key;
alter table trb_run rename column target_name to subject_name;
alter table trb_run add column subject_attributes varchar(8000) default '{}' not null;
update trb_run set subject_attributes =
    '{"cik":"' || replace(replace(target_cik, '\', '\\'), '"', '\"')
    || '","ticker":"' || replace(replace(target_ticker, '\', '\\'), '"', '\"') || '"}';
alter table trb_run drop column target_cik;
alter table trb_run drop column target_ticker;
alter table trb_run rename column dossier to input_value;
alter table trb_run alter column input_value set data type varchar(200000);
alter table trb_run add column input_kind varchar(20) default 'directory' not null;
-- The finding groups the job declares with their titles, as a JSON array of {name, title}.
alter table trb_run add column finding_groups varchar(8000) default '[]' not null;
-- The synthesis verdict of the latest report (a recommendation, a readiness, ...).
alter table trb_run rename column recommendation to verdict;

alter table trb_finding rename column dimension to finding_group;
alter table trb_finding alter column finding_group set data type varchar(100);

-- One row per subject and finding group, created when the group first appears.
alter table trb_risk_register rename column target_key to subject_key;
alter table trb_risk_register rename column dimension to finding_group;
alter table trb_risk_register alter column finding_group set data type varchar(100);
