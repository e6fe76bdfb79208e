-- Reference data: the 43 territorial police forces of England and Wales and the 12 probation regions
-- (since unification in June 2021). Slugs are those of data.police.uk.

create table police_force (
    id          varchar(40)  primary key,
    name        varchar(200) not null,
    country     varchar(10)  not null check (country in ('ENGLAND', 'WALES'))
);

-- Forces get renamed: every name a force has had, with the dates it was valid (valid_to null = current).
create table police_force_name (
    force_id    varchar(40)  not null references police_force (id),
    name        varchar(200) not null,
    valid_from  date,
    valid_to    date,
    note        varchar(500),
    primary key (force_id, name)
);

insert into police_force (id, name, country) values
 ('avon-and-somerset',  'Avon and Somerset Constabulary',          'ENGLAND'),
 ('bedfordshire',       'Bedfordshire Police',                     'ENGLAND'),
 ('cambridgeshire',     'Cambridgeshire Constabulary',             'ENGLAND'),
 ('cheshire',           'Cheshire Constabulary',                   'ENGLAND'),
 ('city-of-london',     'City of London Police',                   'ENGLAND'),
 ('cleveland',          'Cleveland Police',                        'ENGLAND'),
 ('cumbria',            'Cumbria Constabulary',                    'ENGLAND'),
 ('derbyshire',         'Derbyshire Constabulary',                 'ENGLAND'),
 ('devon-and-cornwall', 'Devon and Cornwall Police',               'ENGLAND'),
 ('dorset',             'Dorset Police',                           'ENGLAND'),
 ('durham',             'Durham Constabulary',                     'ENGLAND'),
 ('dyfed-powys',        'Dyfed-Powys Police',                      'WALES'),
 ('essex',              'Essex Police',                            'ENGLAND'),
 ('gloucestershire',    'Gloucestershire Constabulary',            'ENGLAND'),
 ('greater-manchester', 'Greater Manchester Police',               'ENGLAND'),
 ('gwent',              'Gwent Police',                            'WALES'),
 ('hampshire',          'Hampshire and Isle of Wight Constabulary','ENGLAND'),
 ('hertfordshire',      'Hertfordshire Constabulary',              'ENGLAND'),
 ('humberside',         'Humberside Police',                       'ENGLAND'),
 ('kent',               'Kent Police',                             'ENGLAND'),
 ('lancashire',         'Lancashire Constabulary',                 'ENGLAND'),
 ('leicestershire',     'Leicestershire Police',                   'ENGLAND'),
 ('lincolnshire',       'Lincolnshire Police',                     'ENGLAND'),
 ('merseyside',         'Merseyside Police',                       'ENGLAND'),
 ('metropolitan',       'Metropolitan Police Service',             'ENGLAND'),
 ('norfolk',            'Norfolk Constabulary',                    'ENGLAND'),
 ('north-wales',        'North Wales Police',                      'WALES'),
 ('north-yorkshire',    'North Yorkshire Police',                  'ENGLAND'),
 ('northamptonshire',   'Northamptonshire Police',                 'ENGLAND'),
 ('northumbria',        'Northumbria Police',                      'ENGLAND'),
 ('nottinghamshire',    'Nottinghamshire Police',                  'ENGLAND'),
 ('south-wales',        'South Wales Police',                      'WALES'),
 ('south-yorkshire',    'South Yorkshire Police',                  'ENGLAND'),
 ('staffordshire',      'Staffordshire Police',                    'ENGLAND'),
 ('suffolk',            'Suffolk Constabulary',                    'ENGLAND'),
 ('surrey',             'Surrey Police',                           'ENGLAND'),
 ('sussex',             'Sussex Police',                           'ENGLAND'),
 ('thames-valley',      'Thames Valley Police',                    'ENGLAND'),
 ('warwickshire',       'Warwickshire Police',                     'ENGLAND'),
 ('west-mercia',        'West Mercia Police',                      'ENGLAND'),
 ('west-midlands',      'West Midlands Police',                    'ENGLAND'),
 ('west-yorkshire',     'West Yorkshire Police',                   'ENGLAND'),
 ('wiltshire',          'Wiltshire Police',                        'ENGLAND');

-- The current name of every force, plus the former names we know of.
insert into police_force_name (force_id, name, valid_from, valid_to, note)
select id, name, null, null, null from police_force where id <> 'hampshire';
insert into police_force_name (force_id, name, valid_from, valid_to, note) values
 ('hampshire', 'Hampshire Constabulary', null, '2021-12-31',
  'Renamed in 2022; the exact day of the change is not verified (year only).'),
 ('hampshire', 'Hampshire and Isle of Wight Constabulary', '2022-01-01', null,
  'Name in use since 2022; the exact day of the change is not verified (year only).');

create table probation_region (
    code        varchar(3)   primary key check (code ~ '^N[0-9]{2}$'),
    name        varchar(200) not null unique
);

insert into probation_region (code, name) values
 ('N03', 'Wales'),
 ('N07', 'London'),
 ('N50', 'Greater Manchester'),
 ('N51', 'North West'),
 ('N52', 'West Midlands'),
 ('N53', 'East Midlands'),
 ('N54', 'North East'),
 ('N55', 'Yorkshire and the Humber'),
 ('N56', 'East of England'),
 ('N57', 'Kent, Surrey and Sussex'),
 ('N58', 'South West'),
 ('N59', 'South Central');

-- Idempotency keys: stored in the same transaction as the write they guard (org.iom.common.Idempotency).
create table idempotency_record (
    caller           varchar(200)  not null,
    idempotency_key  varchar(200)  not null,
    operation        varchar(300)  not null,
    request_hash     char(64)      not null,
    status           integer,
    location         varchar(1000),
    etag             varchar(100),
    body             text,
    created_at       timestamptz   not null,
    primary key (caller, idempotency_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
