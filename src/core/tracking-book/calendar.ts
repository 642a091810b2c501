// The school calendar: which months of the school year a cadence falls in. The defaults live in
// default-calendar.json (documented there); a school or office overrides any part of it.
import { msg, UserError, type Message } from '../i18n';
import { jsonDepth, jsonSyntaxDetail } from '../json-error';
import { foldKey, stripMarks } from '../text';
import { CADENCES, type Cadence, type CadenceReading, type MonthsReading } from '../values';
import { SCHOOL_YEAR_MONTHS, monthLabel } from './contract';
import defaultCalendarJson from './default-calendar.json';

export interface CadenceRule {
  /** Due months when Thời điểm is empty: `every` = every month of the plan (school months, plus summer if counted). */
  months: 'every' | number[];
  /** How many months a pinned Thời điểm should name (a semester task: 2). */
  pinned?: number;
  /** The fewest months a pinned Thời điểm may name for a recurring task (a monthly task pinned to one month is a contradiction). */
  pinnedAtLeast?: number;
  /** Months a pinned Thời điểm may fall in (start of year: T8–T11). */
  window?: number[];
  why?: string;
}

export interface SchoolCalendar {
  name: string;
  schoolMonths: number[];
  summerMonths: number[];
  /** Whether the summer months count for the every-month cadences. */
  countSummer: boolean;
  /** The months of semester I, reported on in the *báo cáo sơ kết học kỳ I* (`report --period hk1`). */
  firstSemester: number[];
  cadences: Record<Cadence, CadenceRule>;
}

const order = (m: number) => SCHOOL_YEAR_MONTHS.indexOf(m as (typeof SCHOOL_YEAR_MONTHS)[number]);
/** Months sorted in school-year order (T9 first), without repeats. */
export const schoolOrder = (months: Iterable<number>) => [...new Set(months)].sort((a, b) => order(a) - order(b));
export const monthList = (months: number[]) => months.map(monthLabel).join(', ');

/** Every month of the plan: the school months, and the summer months when the calendar counts them. */
export function everyMonth(calendar: SchoolCalendar): number[] {
  return schoolOrder(
    calendar.countSummer ? [...calendar.schoolMonths, ...calendar.summerMonths] : calendar.schoolMonths,
  );
}

function fail(file: string, field: string | Message, detail: Message): never {
  throw new UserError('track.calendarField', { file, field, detail });
}

function readMonths(file: string, field: string, value: unknown): number[] {
  if (!Array.isArray(value)) fail(file, field, msg('track.calendar.months'));
  return schoolOrder(
    (value as unknown[]).map((v, i) => {
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string'
            ? Number(/^\s*(?:t|tháng|thang)?\s*(\d{1,2})\s*$/i.exec(v)?.[1] ?? NaN)
            : NaN;
      if (!Number.isInteger(n) || n < 1 || n > 12) {
        fail(file, `${field}[${i}]`, msg('track.calendar.notMonth', { value: String(v) }));
      }
      return n;
    }),
  );
}

function readCount(file: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 12) {
    fail(file, field, msg('track.calendar.count'));
  }
  return value as number;
}

// Cadence names match with or without Vietnamese marks ("hang quy" is Hàng quý).
const cadenceKey = (name: string) => stripMarks(foldKey(name));
const CADENCE_BY_KEY = new Map(CADENCES.map((c) => [cadenceKey(c), c]));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const RULE_KEYS = new Set(['months', 'pinned', 'pinnedAtLeast', 'window', 'why']);
const TOP_KEYS = new Set([
  '$comment',
  'name',
  'about',
  'schoolMonths',
  'summerMonths',
  'countSummer',
  'firstSemester',
  'cadences',
]);

function readRule(file: string, field: string, value: unknown, base: CadenceRule | undefined): CadenceRule {
  if (!isObject(value)) return fail(file, field, msg('track.calendar.ruleObject'));
  const rule: CadenceRule = base ? { ...base } : { months: [] };
  for (const [key, v] of Object.entries(value)) {
    const at = `${field}.${key}`;
    if (!RULE_KEYS.has(key)) fail(file, at, msg('track.calendar.unknownKey', { known: [...RULE_KEYS] }));
    if (key === 'months') rule.months = v === 'every' ? 'every' : readMonths(file, at, v);
    else if (key === 'window') rule.window = v === null ? undefined : readMonths(file, at, v);
    else if (key === 'pinned') rule.pinned = v === null ? undefined : readCount(file, at, v);
    else if (key === 'pinnedAtLeast') rule.pinnedAtLeast = v === null ? undefined : readCount(file, at, v);
    else if (key === 'why') rule.why = String(v);
  }
  return rule;
}

/**
 * A calendar from parsed JSON, merged over `base` (the default calendar unless given): an
 * override file need only hold what it changes. Throws UserError naming the file and field.
 */
export function parseCalendar(json: unknown, file: string, base?: SchoolCalendar): SchoolCalendar {
  if (!isObject(json)) return fail(file, msg('field.root'), msg('track.calendar.object'));
  const cal: SchoolCalendar = base
    ? { ...base, cadences: { ...base.cadences } }
    : {
        name: '',
        schoolMonths: [],
        summerMonths: [],
        countSummer: false,
        firstSemester: [],
        cadences: {} as Record<Cadence, CadenceRule>,
      };
  for (const [key, v] of Object.entries(json)) {
    if (!TOP_KEYS.has(key)) fail(file, key, msg('track.calendar.unknownKey', { known: [...TOP_KEYS] }));
    if (key === 'name') cal.name = String(v);
    else if (key === 'schoolMonths') cal.schoolMonths = readMonths(file, key, v);
    else if (key === 'summerMonths') cal.summerMonths = readMonths(file, key, v);
    else if (key === 'firstSemester') cal.firstSemester = readMonths(file, key, v);
    else if (key === 'countSummer') {
      if (typeof v !== 'boolean') fail(file, key, msg('track.calendar.boolean'));
      cal.countSummer = v as boolean;
    } else if (key === 'cadences') {
      if (!isObject(v)) fail(file, key, msg('track.calendar.cadencesObject'));
      for (const [name, rule] of Object.entries(v as Record<string, unknown>)) {
        const cadence = CADENCE_BY_KEY.get(cadenceKey(name));
        if (!cadence) fail(file, `cadences.${name}`, msg('track.calendar.notCadence', { known: CADENCES }));
        cal.cadences[cadence!] = readRule(file, `cadences.${name}`, rule, cal.cadences[cadence!]);
      }
    }
  }
  if (cal.schoolMonths.length === 0) fail(file, 'schoolMonths', msg('track.calendar.noSchoolMonths'));
  // A calendar without its own semester I: September to January, the Ministry's framework.
  if (cal.firstSemester.length === 0) cal.firstSemester = [9, 10, 11, 12, 1];
  for (const cadence of CADENCES) {
    if (!cal.cadences[cadence]) fail(file, `cadences.${cadence}`, msg('track.calendar.cadenceMissing'));
  }
  return cal;
}

const CALENDAR_DEPTH = 16;

/** Parse a calendar file's text (JSON) over the default calendar. */
export function parseCalendarText(text: string, file: string): SchoolCalendar {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new UserError('track.calendarJson', { file, detail: jsonSyntaxDetail(body, e) });
  }
  // A calendar nests four deep; the reader below walks it recursively.
  if (jsonDepth(json, CALENDAR_DEPTH) > CALENDAR_DEPTH)
    throw new UserError('track.calendarTooDeep', { file, limit: CALENDAR_DEPTH });
  return parseCalendar(json, file, DEFAULT_CALENDAR);
}

export const DEFAULT_CALENDAR: SchoolCalendar = parseCalendar(defaultCalendarJson, 'default-calendar.json');

export type PlanNoteKind =
  | 'compound'
  | 'noCadence'
  | 'noCadencePinned'
  | 'pinnedCount'
  | 'pinnedFew'
  | 'pinnedOutside'
  | 'needsMonth'
  | 'adHocPinned'
  | 'invalidMonths';

export interface PlanNote {
  kind: PlanNoteKind;
  /** Which input the note is about, for pointing at its cell. */
  field: 'cadence' | 'months';
  data: Record<string, string | number>;
}

export interface MonthPlan {
  /** Calendar months (1–12) the task is due in, in school-year order. */
  months: number[];
  /** `pinned` when Thời điểm decided, `default` when the calendar did, `none` when no month is due. */
  source: 'pinned' | 'default' | 'none';
  /** The cadence used (the most frequent part of a compound), or null. */
  cadence: Cadence | null;
  notes: PlanNote[];
}

/**
 * The months a responsibility is due in: Thời điểm when it names months, else the calendar's
 * default for the cadence. Every contradiction is reported as a note, never resolved silently.
 */
export function planMonths(
  cadence: CadenceReading,
  pinned: MonthsReading,
  calendar: SchoolCalendar,
  rawCadence = '',
): MonthPlan {
  const notes: PlanNote[] = [];
  const value = cadence.value;
  const months = schoolOrder(pinned.months);
  if (pinned.invalid.length > 0)
    notes.push({ kind: 'invalidMonths', field: 'months', data: { tokens: pinned.invalid.join(', ') } });
  if (!value) {
    if (months.length > 0) {
      notes.push({ kind: 'noCadencePinned', field: 'cadence', data: { raw: rawCadence, months: monthList(months) } });
      return { months, source: 'pinned', cadence: null, notes };
    }
    notes.push({ kind: 'noCadence', field: 'cadence', data: { raw: rawCadence } });
    return { months: [], source: 'none', cadence: null, notes };
  }
  const rule = calendar.cadences[value];
  const every = rule.months === 'every';
  let plan: number[];
  let source: MonthPlan['source'];
  if (months.length > 0) {
    plan = months;
    source = 'pinned';
    const window = rule.window ?? (every ? everyMonth(calendar) : undefined);
    if (rule.pinned === 0)
      notes.push({ kind: 'adHocPinned', field: 'months', data: { cadence: value, months: monthList(months) } });
    else if (rule.pinned !== undefined && months.length !== rule.pinned) {
      notes.push({
        kind: 'pinnedCount',
        field: 'months',
        data: { cadence: value, expected: rule.pinned, count: months.length, months: monthList(months) },
      });
    }
    if (rule.pinnedAtLeast !== undefined && months.length < rule.pinnedAtLeast) {
      notes.push({
        kind: 'pinnedFew',
        field: 'months',
        data: { cadence: value, months: monthList(months), least: rule.pinnedAtLeast },
      });
    }
    const outside = window ? months.filter((m) => !window.includes(m)) : [];
    if (outside.length > 0) {
      notes.push({
        kind: 'pinnedOutside',
        field: 'months',
        data: { cadence: value, outside: monthList(outside), window: monthList(window!) },
      });
    }
  } else {
    plan = every ? everyMonth(calendar) : schoolOrder(rule.months as number[]);
    source = plan.length > 0 ? 'default' : 'none';
    if (plan.length === 0 && (rule.pinned ?? 0) > 0)
      notes.push({ kind: 'needsMonth', field: 'months', data: { cadence: value } });
  }
  if (cadence.compound) {
    notes.unshift({
      kind: 'compound',
      field: 'cadence',
      data: {
        raw: rawCadence,
        parts: cadence.parts.join(', '),
        used: value,
        months: plan.length ? monthList(plan) : '—',
      },
    });
  }
  return { months: plan, source, cadence: value, notes };
}
