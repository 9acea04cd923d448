/**
 * Set-based statements of the import: rows are staged in `official_import_row` in batches, then classified and
 * committed with a handful of INSERT/UPDATE … FROM statements, whatever the number of rows. Placeholders are `?`
 * (MikroORM/knex raw); every statement is scoped by the import id.
 */

/** Columns of a staged row, in the order of `ROW_RECORD`. */
export const ROW_COLUMNS = [
  'row_no',
  'full_name',
  'name_key',
  'date_of_birth',
  'gender',
  'ethnicity',
  'commune_id',
  'commune_name',
  'bloc',
  '"position"',
  'professional_level',
  'political_theory_level',
  'state_management_level',
  'phone',
  'email',
  'hardship_area',
  'errors',
  'error_count',
] as const;

/** Inserts a batch given as one JSON array of objects keyed by `ROW_COLUMNS` (one round trip per batch). */
export const INSERT_ROWS = `
insert into official_import_row (import_id, ${ROW_COLUMNS.join(', ')})
select ?::uuid, x.row_no, x.full_name, x.name_key, x.date_of_birth, x.gender::gender, x.ethnicity, x.commune_id, x.commune_name,
  x.bloc::bloc, x."position"::"position", x.professional_level::professional_level, x.political_theory_level::political_theory_level,
  x.state_management_level::state_management_level, x.phone, x.email, x.hardship_area, x.errors, x.error_count
from jsonb_to_recordset(?::jsonb) as x(row_no int, full_name text, name_key text, date_of_birth date, gender text, ethnicity text,
  commune_id uuid, commune_name text, bloc text, "position" text, professional_level text, political_theory_level text,
  state_management_level text, phone text, email text, hardship_area boolean, errors jsonb, error_count int)`;

/** Optional columns keep the official's value when the cell is empty (coalesce), so a sparse list never erases data. */
const MERGED = {
  // A name written without diacritics ("NGUYEN VAN AN") never replaces the directory's Vietnamese spelling.
  full_name: 'case when lower(r.full_name) = r.name_key then o.full_name else r.full_name end',
  gender: 'r.gender',
  ethnicity: 'r.ethnicity',
  bloc: 'r.bloc',
  '"position"': 'r."position"',
  professional_level: 'coalesce(r.professional_level, o.professional_level)',
  political_theory_level: 'coalesce(r.political_theory_level, o.political_theory_level)',
  state_management_level: 'coalesce(r.state_management_level, o.state_management_level)',
  phone: 'coalesce(r.phone, o.phone)',
  email: 'coalesce(r.email, o.email)',
  hardship_area: 'coalesce(r.hardship_area, o.hardship_area)',
};
const DIFFERS = Object.entries(MERGED)
  .map(([col, expr]) => `o.${col} is distinct from ${expr}`)
  .join(' or ');

/**
 * Matching and the directory action of every row, in one pass. The matching key is the same commune, the same folded
 * name (`official.sort_key`, NFC → no diacritics, lower case, single spaces) and the same date of birth; with several
 * such officials (a directory duplicate) the oldest wins, so repeated imports always pick the same one. Rows that
 * create an official get its id here already (unused until commit). Bindings: import id, import id.
 */
export const MATCH_AND_CLASSIFY = `
update official_import_row t set
  official_id = case when m.error then null else coalesce(m.oid, gen_random_uuid()) end,
  action = case when m.error then 'ERROR' when m.oid is null then 'CREATE' when m.differs then 'UPDATE' else 'UNCHANGED' end
from (
  select r.row_no, r.error_count > 0 as error, o.id as oid, (${DIFFERS}) as differs
  from official_import_row r
  left join lateral (
    select * from official o
    where r.error_count = 0 and o.commune_id = r.commune_id and o.sort_key = r.name_key and o.date_of_birth = r.date_of_birth
    order by o.created_at, o.id limit 1) o on true
  where r.import_id = ?) m
where t.import_id = ? and t.row_no = m.row_no`;

/**
 * Enrolment of each row in file order: already holding a seat or a waitlist place → ALREADY_ENROLLED; the others (new,
 * or withdrawn earlier) take the free seats first come first served, then the waitlist. Bindings: import id, class id,
 * free seats.
 */
export const CLASSIFY_ENROLMENT = `
with cur as (
  select r.row_no,
    case when r.error_count > 0 then 'NONE' when e.status in ('ENROLLED', 'WAITLISTED') then 'ALREADY_ENROLLED' end as fixed
  from official_import_row r
  left join enrollment e on e.training_class_id = ?::uuid and e.official_id = r.official_id
  where r.import_id = ?),
ranked as (
  select row_no, fixed, case when fixed is null then row_number() over (partition by fixed is null order by row_no) end as rn from cur)
update official_import_row r
set enrolment = coalesce(ranked.fixed, case when ranked.rn <= ? then 'ENROLL' else 'WAITLIST' end), enrol_rank = ranked.rn
from ranked where r.import_id = ? and r.row_no = ranked.row_no`;

export const COUNTS = `
select count(*)::int as total,
  count(*) filter (where action = 'CREATE')::int as to_create,
  count(*) filter (where action = 'UPDATE')::int as to_update,
  count(*) filter (where action = 'UNCHANGED')::int as unchanged,
  count(*) filter (where enrolment = 'ENROLL')::int as to_enrol,
  count(*) filter (where enrolment = 'WAITLIST')::int as to_waitlist,
  count(*) filter (where enrolment = 'ALREADY_ENROLLED')::int as already_enrolled,
  coalesce(sum(error_count), 0)::int as error_count
from official_import_row where import_id = ?`;

/** Seats taken and waiting line of a class (after promotion), read under the class lock. */
export const CLASS_COUNTS = `
select count(*) filter (where status = 'ENROLLED')::int as enrolled, count(*) filter (where status = 'WAITLISTED')::int as waitlisted
from enrollment where training_class_id = ?`;

/** Promotes the first in line into seats freed earlier (e.g. a raised capacity) and renumbers the rest 1..n. */
export const FILL_SEATS = `
with line as (
  select id, row_number() over (order by waitlist_position, requested_at) as pos from enrollment
  where training_class_id = ? and status = 'WAITLISTED'),
free as (
  select greatest(0, ?::int - count(*))::int as n from enrollment where training_class_id = ? and status = 'ENROLLED')
update enrollment e set
  status = case when line.pos <= free.n then 'ENROLLED'::enrollment_status else 'WAITLISTED'::enrollment_status end,
  enrolled_at = case when line.pos <= free.n then now() else e.enrolled_at end,
  waitlist_position = case when line.pos <= free.n then null else line.pos - free.n end,
  updated_at = now()
from line, free where e.id = line.id and (line.pos <= free.n or e.waitlist_position is distinct from line.pos - free.n)`;

/** New officials; without a hardship column they take their commune's flag. */
export const INSERT_OFFICIALS = `
insert into official (id, created_at, updated_at, full_name, sort_key, search_text, date_of_birth, gender, ethnicity, hardship_area,
  commune_id, bloc, "position", professional_level, political_theory_level, state_management_level, phone, email, active)
select r.official_id, now(), now(), r.full_name, r.name_key, concat_ws(' ', nullif(r.name_key, ''), r.phone, r.email), r.date_of_birth,
  r.gender, r.ethnicity, coalesce(r.hardship_area, c.hardship_area, false), r.commune_id, r.bloc, r."position", r.professional_level,
  r.political_theory_level, r.state_management_level, r.phone, r.email, true
from official_import_row r join commune c on c.id = r.commune_id
where r.import_id = ? and r.action = 'CREATE'
order by r.row_no`;

export const UPDATE_OFFICIALS = `
update official o set ${Object.entries(MERGED)
  .map(([col, expr]) => `${col} = ${expr}`)
  .join(', ')}, sort_key = r.name_key,
  search_text = concat_ws(' ', nullif(r.name_key, ''), coalesce(r.phone, o.phone), coalesce(r.email, o.email)), updated_at = now()
from official_import_row r where r.import_id = ? and r.action = 'UPDATE' and o.id = r.official_id`;

/**
 * Seats and waitlist places in file order; a withdrawn enrolment of the same official is reused (the unique key).
 * Bindings: class id, waiting count, free seats, import id.
 */
export const INSERT_ENROLMENTS = `
insert into enrollment (id, created_at, updated_at, training_class_id, official_id, status, waitlist_position, enrolled_at, withdrawn_at, requested_at)
select gen_random_uuid(), now(), now(), ?::uuid, r.official_id,
  case when r.enrolment = 'ENROLL' then 'ENROLLED'::enrollment_status else 'WAITLISTED'::enrollment_status end,
  case when r.enrolment = 'WAITLIST' then ?::int + r.enrol_rank - ?::int end,
  case when r.enrolment = 'ENROLL' then now() end, null, now()
from official_import_row r where r.import_id = ? and r.enrolment in ('ENROLL', 'WAITLIST')
order by r.row_no
on conflict (training_class_id, official_id) do update set status = excluded.status, waitlist_position = excluded.waitlist_position,
  enrolled_at = excluded.enrolled_at, withdrawn_at = null, requested_at = excluded.requested_at, updated_at = now()`;

/** Officials a committed import created or updated, in file order (params: import id, limit). */
export const AFFECTED_OFFICIALS = `
select o.* from official_import_row r join official o on o.id = r.official_id
where r.import_id = ? and r.action in ('CREATE', 'UPDATE')
order by r.row_no limit ?`;

/** For each commune a committed import touched, the first official it created or updated there (param: import id). */
export const AFFECTED_OFFICIAL_PER_COMMUNE = `
select distinct on (r.commune_id) o.* from official_import_row r join official o on o.id = r.official_id
where r.import_id = ? and r.action in ('CREATE', 'UPDATE')
order by r.commune_id, r.row_no`;
