-- Erasure (DPA 2018 s47) of a case's personal data: the case row stays, anonymised, so aggregate statistics still
-- count it; the CRN, PNC id, named leads and review notes are removed and erased_at is set. See ADR 0020.
alter table iom_case alter column crn drop not null;
alter table iom_case add column erased_at timestamptz;
alter table iom_case add constraint iom_case_crn_until_erased check (erased_at is not null or crn is not null);
alter table iom_case add constraint iom_case_erased_is_anonymous
    check (erased_at is null or (crn is null and pnc_id is null and police_lead is null and probation_lead is null));
