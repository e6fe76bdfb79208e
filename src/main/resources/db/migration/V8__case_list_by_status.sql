-- The case list is in id order (UUID v7, so selection time) with keyset paging. Filtered by status, the first page of
-- ACTIVE cases had to walk the primary key through every older, mostly EXITED case before finding 20 (6.7 s at
-- 1,000,000 cases, docs/benchmarks.md); these indexes start at the first matching id, nationally and per scheme.
create index iom_case_status_id on iom_case (status, id) where erased_at is null;
create index iom_case_scheme_status_id on iom_case (scheme_id, status, id) where erased_at is null;
