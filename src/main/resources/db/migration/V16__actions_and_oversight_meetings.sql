-- Action plans and oversight meetings (issue #23, ADR 0039).
--
-- 1. An action is the work that delivers a recommendation: a description, an owner (an organisation and a role,
--    never a person), a due date (moved only with a reason, every move kept in the timeline) and a status: OPEN, DONE
--    (with evidence) or DROPPED (with a reason). Every change to an action is a dated entry of the recommendation's
--    timeline, which gains the entry types ACTION_ADDED, ACTION_DUE_DATE_REVISION, ACTION_STATUS_CHANGE and DECISION.
-- 2. A meeting of an oversight group: its date, the organisations represented, a link to the minutes and the
--    inspections whose recommendations it reviews (none: the whole register). Meetings of one group follow each other
--    in date order; the agenda (changes since the group's previous meeting, overdue, late responses, stale) is
--    computed at read time (org.iom.inspection.AgendaQuery), never stored.
-- 3. A decision taken at a meeting is a DECISION entry of the recommendation's timeline, linked to the meeting and,
--    when it is about one, to an action.

create table recommendation_action (
    id                     uuid           primary key,
    recommendation_id      uuid           not null references recommendation (id),
    description            varchar(2000)  not null,
    owner_organisation     varchar(200)   not null,
    owner_role             varchar(200)   not null,
    due_date               date           not null,
    -- How many times the due date has moved (each move is an ACTION_DUE_DATE_REVISION entry with its reason).
    due_date_revisions     integer        not null default 0 check (due_date_revisions >= 0),
    status                 varchar(7)     not null check (status in ('OPEN', 'DONE', 'DROPPED')),
    evidence               varchar(4000),
    drop_reason            varchar(4000),
    closed_at              timestamptz,
    closed_by              varchar(200),
    version                bigint         not null,
    created_by             varchar(200)   not null,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    check ((status = 'DONE') = (evidence is not null)),
    check ((status = 'DROPPED') = (drop_reason is not null)),
    check ((status = 'OPEN') = (closed_at is null and closed_by is null))
);
create index recommendation_action_recommendation on recommendation_action (recommendation_id, id);
create index recommendation_action_open on recommendation_action (due_date) where status = 'OPEN';

create table oversight_meeting (
    id                     uuid           primary key,
    meeting_group          varchar(200)   not null,
    held_on                date           not null,
    organisations          varchar(200)[] not null check (cardinality(organisations) between 1 and 50),
    minutes_url            varchar(2000),
    inspection_ids         uuid[]         not null default '{}' check (cardinality(inspection_ids) <= 100),
    version                bigint         not null,
    created_by             varchar(200)   not null,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    unique (meeting_group, held_on)
);
create index oversight_meeting_latest on oversight_meeting (held_on desc, id desc);

-- The timeline's new entry types and their fields. Existing rows keep every value; the new columns are null there.
alter table recommendation_update
    add column action_id            uuid          references recommendation_action (id),
    add column action_status        varchar(7)    check (action_status in ('OPEN', 'DONE', 'DROPPED')),
    add column due_date             date,
    add column previous_due_date    date,
    add column meeting_id           uuid          references oversight_meeting (id),
    add column decision             varchar(14)   check (decision in ('ACCEPT_CLOSURE', 'EXTEND_DATE', 'ESCALATE'));
alter table recommendation_update drop constraint recommendation_update_type_check;
-- ACTION_DUE_DATE_REVISION is 24 characters.
alter table recommendation_update alter column type type varchar(30);
alter table recommendation_update
    add constraint recommendation_update_type_check check (type in ('COMMENT', 'STATUS_CHANGE', 'TARGET_DATE_REVISION',
        'ACTION_ADDED', 'ACTION_DUE_DATE_REVISION', 'ACTION_STATUS_CHANGE', 'DECISION')),
    add constraint recommendation_update_action_fields check (type not in ('ACTION_ADDED', 'ACTION_DUE_DATE_REVISION',
        'ACTION_STATUS_CHANGE') or (action_id is not null and action_status is not null)),
    add constraint recommendation_update_due_date_fields check (type <> 'ACTION_DUE_DATE_REVISION'
        or (due_date is not null and previous_due_date is not null and reason is not null)),
    add constraint recommendation_update_decision_fields check ((type = 'DECISION')
        = (meeting_id is not null and decision is not null));
create index recommendation_update_meeting on recommendation_update (meeting_id) where meeting_id is not null;
create index recommendation_update_recorded on recommendation_update (recorded_at);
