-- Idempotency-Key on POST /v1/case-imports (ADR 0021, addendum 2). The key belongs to the import it started, per
-- caller (started_by), and is unique among that caller's imports that hold one. request_hash is the SHA-256 of the
-- operation, the scheme, the format and the file, written when the import finishes (COMPLETED or REJECTED), so that a
-- retry with the same key and another file is refused. A FAILED import gives its key up (nothing was imported).
-- rejected_rows: how many rows a REJECTED import rejected (rejected_count counts problems), for a replay's detail.
-- All three nullable without a default: adding them rewrites nothing.
alter table case_import
    add column idempotency_key varchar(200),
    add column request_hash    char(64),
    add column rejected_rows   bigint check (rejected_rows >= 0);
create unique index case_import_idempotency_key on case_import (started_by, idempotency_key)
    where idempotency_key is not null;
