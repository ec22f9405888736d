-- The directory module's first column on the provider: its status on the LA's directory.
-- Migration numbers by module: directory V10–V19, pupils and placements V20–V29, attendance V30–V39,
-- compliance V40–V49, review V50–V59, quality V60–V69, oversight V70–V79, scale V80–V89.
alter table provider add column directory_status varchar(20) default 'NOT_LISTED' not null;
