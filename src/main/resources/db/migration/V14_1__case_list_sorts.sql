-- Worklists (issue 22): GET /v1/cases sorted by next review date, RAG, risk of serious harm or selection date, with
-- keyset paging on (key, id) either way, filtered by PNC id or by updatedSince. Each sort key has an index in the order
-- the list reads it (a descending sort walks it backwards); the expressions are the ones CaseSort writes, character
-- for character, so that the planner matches them. RAG and risk sort by severity (GREEN < AMBER < RED, LOW < MEDIUM <
-- HIGH < VERY_HIGH), not by name; a case with no review date sorts after every dated one.
create index iom_case_sort_next_review on iom_case ((coalesce(next_review_on, 'infinity'::date)), id)
    where erased_at is null;
create index iom_case_sort_rag on iom_case ((case rag when 'GREEN' then 1 when 'AMBER' then 2 else 3 end), id)
    where erased_at is null;
create index iom_case_sort_risk on iom_case ((case risk_of_serious_harm when 'LOW' then 1 when 'MEDIUM' then 2
    when 'HIGH' then 3 else 4 end), id) where erased_at is null;
create index iom_case_sort_selected on iom_case (selected_on, id) where erased_at is null;
create index iom_case_pnc on iom_case (pnc_id) where pnc_id is not null;
create index iom_case_updated on iom_case (updated_at) where erased_at is null;
create index scheme_updated on scheme (updated_at);
