-- Attendance at the home school before the placement (the baseline), set beside attendance during it
create table attendance_baseline (
    placement_id       uuid primary key references placement (id),
    possible_sessions  integer not null,
    attended_sessions  integer not null,
    recorded_by        uuid,
    recorded_at        timestamp with time zone not null,
    version            integer not null default 0
);
