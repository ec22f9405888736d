-- Manchester's FPS lots 1–10 (domain.md) for every LA that existed before the directory; new LAs get them
-- when they are created (FrameworkLots). LAs edit them afterwards.
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 1, 'Full-time AP (registered independent schools)', 'Full-time alternative provision in registered independent schools.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 2, 'Part-time: sports science, health and wellbeing', 'Part-time alternative provision in sports science, health and wellbeing.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 3, 'Part-time: sports coaching / life skills', 'Part-time alternative provision in sports coaching and life skills.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 4, 'Part-time: hair and beauty', 'Part-time alternative provision in hair and beauty.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 5, 'Part-time: construction', 'Part-time alternative provision in construction.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 6, 'Part-time: creative / media', 'Part-time alternative provision in creative arts and media.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 7, 'Complementary: animal care', 'Complementary provision in animal care.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 8, 'Complementary: innovation', 'Complementary provision in innovation.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 9, 'One-to-one tutoring', 'One-to-one tutoring, in person or online.' from local_authority la;
insert into framework_lot (id, local_authority_id, number, name, description)
select gen_random_uuid(), la.id, 10, 'Mentoring and coaching', 'Mentoring and coaching.' from local_authority la;
