-- Evidence can list many marks or placements (a severe absentee's unexplained absences, every placement behind
-- a registration threshold); the engine keeps at most 40 sentences, which this leaves room for.
alter table flag alter column evidence set data type varchar(100000);
