-- Erasure reaches every copy (issue 21, ADR 0020) and Idempotency-Keys expire (ADR 0030).
--
-- 1. idempotency_record.subject_id: the case the stored answer is about (null for answers about no person: schemes,
--    inspections, recommendations). Erasing the case empties its records (body, headers, request hash) and sets
--    erased_at, and the key (a client may have put a CRN in it) becomes 'erased:' and its SHA-256: a replay of the key
--    then answers 404 and never the old body. The tombstone expires like any record.
-- 2. created_at drives expiry: the scheduled purge deletes records older than iom.idempotency.expiry in bounded
--    batches (index idempotency_record_created_at, V1).
-- Only data changes at run time: this migration is the only DDL (runs as the schema owner).
alter table idempotency_record
    add column subject_id uuid,
    add column erased_at  timestamptz,
    alter column request_hash drop not null;
alter table idempotency_record add constraint idempotency_record_erased_is_empty
    check (erased_at is null or (body is null and location is null and etag is null and request_hash is null));
create index idempotency_record_subject on idempotency_record (subject_id) where subject_id is not null;

-- Records written before this migration: the case they are about, from the operation or the answer.
update idempotency_record
set subject_id = cast(coalesce(substring(operation from '^[A-Z]+ /v1/cases/([0-9a-f-]{36})'),
                               substring(body from '^\{"id":"([0-9a-f-]{36})"')) as uuid)
where operation like '% /v1/cases%';

-- Copies of cases erased before this migration: their stored answers, and import reports' rejected rows naming them.
update idempotency_record r
set idempotency_key = 'erased:' || encode(sha256(convert_to(r.idempotency_key, 'UTF8')), 'hex'),
    status = null, location = null, etag = null, body = null, request_hash = null, erased_at = c.erased_at
from iom_case c
where c.id = r.subject_id and c.erased_at is not null;

update case_import i
set rejected = (select jsonb_agg(case when exists (select 1 from iom_case c
                                                   where c.erased_at is not null
                                                     and position(c.id::text in e ->> 'message') > 0)
                                      then jsonb_set(e, '{message}', '"(erased)"') else e end order by n)
                from jsonb_array_elements(i.rejected) with ordinality as x(e, n))
where i.rejected is not null;
