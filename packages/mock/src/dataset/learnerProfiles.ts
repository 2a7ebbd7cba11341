import { weekOf, type OrgCalendar } from './calendar.js';
import type { OrgKind } from './orgKinds.js';
import { hashNormal, hashPrefix, hashStep, normalAfter, type Random } from './random.js';

// The hidden traits that make each learner's rows look like a person's: how
// good they start, how fast they improve, how much and when they practise.

/** One learner's hidden traits. */
export interface LearnerProfile {
  /** Global index into users. */
  user: number;
  /** Position among the org's learners (names the learner's random stream). */
  ordinal: number;
  /** Latent ability at the first attempt (0 is average). */
  skill: number;
  /** Latent ability gained once fully practised; near zero for the few who plateau. */
  gain: number;
  /** Weeks of practice (at the learner's own pace) to realise ~63% of the gain. */
  tauWeeks: number;
  /** Mean-1 multiplier of attempt volume. */
  engagement: number;
  /** Attempts on a day the learner practises. */
  perPracticeDay: number;
  /** First active day index, and the day index after the last (earlier than the end when they churn). */
  startDay: number;
  endDay: number;
  /** Cumulative weights of practising in the morning, afternoon and evening (then a few at night). */
  timeOfDay: [number, number, number];
  /** Share of a call the trainee talks (voice training), before practice moves it towards listening. */
  talkShare: number;
  /** Filler words per call, before practice reduces them. */
  fillerRate: number;
  /** IELTS goal band. */
  goalBand: number;
  /** Duration multiplier (slow or quick worker). */
  speed: number;
}

const goalBands = [6, 6.5, 6.5, 7, 7, 7, 7.5, 7.5, 8] as const;
// Monday … Sunday, scaled below to a mean of 1 so a week keeps the requested volume.
const weekdayRaw = [1.12, 1.18, 1.15, 1.08, 0.92, 0.42, 0.5];
const weekdayMean = weekdayRaw.reduce((a, b) => a + b, 0) / 7;
const weekdayFactor = weekdayRaw.map((w) => w / weekdayMean);

/** Draws the traits of one learner of an org. */
export function learnerProfile(rng: Random, kind: OrgKind, calendar: OrgCalendar, user: number, ordinal: number): LearnerProfile {
  const days = calendar.dayCount;
  const plateau = rng.chance(0.12);
  const startKind = rng.next();
  let startDay: number;
  if (startKind < 0.03) startDay = days;
  else if (startKind < 0.28) startDay = Math.floor(rng.range(Math.min(7, days), Math.max(Math.min(7, days), days * 0.75)));
  else startDay = Math.min(days, rng.int(6));
  let endDay = days;
  if (rng.chance(0.15) && startDay + 14 < days) endDay = startDay + 14 + rng.int(days - startDay - 14);
  const morning = Math.max(0.05, 0.45 + 0.18 * rng.normal());
  const afternoon = 0.2;
  const evening = Math.max(0.05, 0.35 + 0.18 * rng.normal());
  const total = morning + afternoon + evening;
  const [low, high] = kind.attemptsPerPracticeDay;
  return {
    user,
    ordinal,
    skill: 0.6 * rng.normal(),
    gain: plateau ? rng.range(-0.15, 0.2) : rng.range(0.5, 1.9),
    tauWeeks: rng.range(3, 10),
    engagement: rng.spread(0.55),
    perPracticeDay: rng.range(low, high),
    startDay,
    endDay,
    timeOfDay: [morning / total, (morning + afternoon) / total, 1],
    talkShare: Math.min(0.8, Math.max(0.35, 0.6 + 0.07 * rng.normal())),
    fillerRate: rng.spread(0.5),
    goalBand: rng.pick(goalBands),
    speed: rng.spread(0.2),
  };
}

// dayWeight runs for every learner-day, twice (the volume plan, then the simulation), always day by day for one
// learner: at 50,000 learners hashing the week's noise on each call was most of the generation time. The last
// (learner, week) values are kept, so each week is hashed once per learner, and the hash of the learner's own salts
// (seed, stream, org, ordinal) once per learner rather than once per week. The org's weeks stay in a map, read once per
// learner-week. Every number is the one hashNormal(seedHash, 21, org, ordinal, week) and hashNormal(seedHash, 22, org,
// week) give, to the last bit.
const learnerMemo = { seedHash: NaN, org: -1, ordinal: -1, prefix: 0, week: NaN, value: 0, orgWeek: 0 };
const orgMemo = { seedHash: NaN, org: -1, weeks: new Map<number, number>() };

function learnerWeekNoise(seedHash: number, org: number, ordinal: number, week: number): void {
  const m = learnerMemo;
  if (m.ordinal !== ordinal || m.org !== org || m.seedHash !== seedHash) {
    m.prefix = hashPrefix(seedHash, 21, org, ordinal);
    m.seedHash = seedHash;
    m.org = org;
    m.ordinal = ordinal;
    m.week = NaN;
  }
  if (m.week !== week) {
    m.value = Math.exp(0.35 * normalAfter(hashStep(m.prefix, week)) - 0.06125);
    m.orgWeek = orgWeekNoise(seedHash, org, week);
    m.week = week;
  }
}

function orgWeekNoise(seedHash: number, org: number, week: number): number {
  const m = orgMemo;
  if (m.org !== org || m.seedHash !== seedHash) {
    m.weeks.clear();
    m.seedHash = seedHash;
    m.org = org;
  }
  let value = m.weeks.get(week);
  if (value === undefined) m.weeks.set(week, (value = Math.exp(0.12 * hashNormal(seedHash, 22, org, week) - 0.0072)));
  return value;
}

/**
 * Expected attempts of a learner on day index `day`, per unit of base rate: weekday rhythm, the learner's
 * engagement, a busy or quiet week, the share of the day inside the window, and a fade before churning.
 */
export function dayWeight(p: LearnerProfile, calendar: OrgCalendar, day: number, seedHash: number, org: number): number {
  if (day < p.startDay || day >= p.endDay) return 0;
  const week = weekOf(calendar.firstDay + day);
  learnerWeekNoise(seedHash, org, p.ordinal, week);
  const weekNoise = learnerMemo.value;
  const orgWeek = learnerMemo.orgWeek;
  const fade = p.endDay < calendar.dayCount ? Math.min(1, 0.3 + (p.endDay - day) / 14) : 1;
  return weekdayFactor[calendar.weekday[day]! - 1]! * p.engagement * weekNoise * orgWeek * fade * calendar.coverage[day]!;
}

/** Seconds after local midnight at which a session starts: late-morning and evening peaks, a few night owls. */
export function sessionSecondOfDay(rng: Random, p: LearnerProfile, weekend: boolean): number {
  for (;;) {
    const r = rng.next();
    let hour: number;
    if (r < 0.03) hour = rng.range(0, 24);
    else {
      const slot = rng.next();
      if (slot < p.timeOfDay[0]) hour = (weekend ? 11.75 : 10.75) + 1.1 * rng.normal();
      else if (slot < p.timeOfDay[1]) hour = 14.75 + 1.4 * rng.normal();
      else hour = (weekend ? 19.75 : 20.25) + 1.2 * rng.normal();
    }
    if (hour >= 0 && hour < 24) return Math.floor(hour * 3600);
  }
}
