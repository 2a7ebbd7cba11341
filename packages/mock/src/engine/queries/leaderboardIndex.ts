import type { MockDataset } from '../../dataset/dataset.types.js';
import { userIdPlaces } from '../idOrder.js';
import { perOrgCache } from '../perOrgCache.js';

/**
 * One org's scored attempts grouped by user, for the leaderboard: each user's rows in table (start) order, so a
 * period's sums are a run of consecutive rows per user, added in the same order as a scan of the org's rows in time
 * order adds them (the same doubles, bit for bit), without scattering every row into a per-user table.
 */
export interface LeaderboardIndex {
  /** The users the org's rows can name (its own users, and any other user one of its rows names), in user-id order. */
  users: Int32Array;
  /** Per user number k: names[2k] its user id, names[2k + 1] its display name (side by side: a row reads both). */
  names: string[];
  /** Per user index, its number (its place in `users`), or -1. Users walked by number come in user-id order. */
  numberOf: Int32Array;
  /** User number k's scored rows are [starts[k], starts[k + 1]) of the columns below. */
  starts: Int32Array;
  /** started_at of each grouped row (ascending within a user). */
  time: Float64Array;
  score: Float64Array;
  /** duration_seconds, 0 when missing (adding 0 leaves a sum as it is). */
  duration: Float64Array;
  /** talk_ms / (talk_ms + listen_ms) × 100 when talk_ms + listen_ms > 0, else 0. */
  talkShare: Float64Array;
  /** talked[r]: how many of the grouped rows [0, r) have talk time (a prefix count, one longer than the rows). */
  talked: Int32Array;
  activity: Int32Array;
  /**
   * Running sums, each one longer than the rows: scoreBefore[r] is the sum of score[0, r), durationBefore[r] of
   * duration[0, r). Only when `exactSums` (else empty): then a difference of two running sums is the same double as
   * adding the run up row by row, and a period's sums cost two loads, not a loop.
   */
  scoreBefore: Float64Array;
  durationBefore: Float64Array;
  /**
   * Whether every score and duration of the org is a multiple of 2^-FRACTION_BITS and their magnitudes add up to
   * less than 2^(53 − FRACTION_BITS) (scores of 0–100, half bands, 0/1; whole seconds): then every partial sum is
   * such a multiple below 2^53 in magnitude, which a double holds exactly, in any order of adding.
   */
  exactSums: boolean;
  /** The greatest |score| of the org's scored rows (bounds every average; 0 with none). */
  scoreMagnitude: number;
  /**
   * Per row of the org in table order (row − range start): 2 × its user's number, + 1 when it has talk time; an
   * unscored row names the spare number `users.length`. For a scan of the org's rows in time order, which beats
   * walking every user when a period holds few rows per user.
   */
  code: Int32Array;
}

function build(dataset: MockDataset, org: number): LeaderboardIndex {
  const range = dataset.ranges.attempts[org]!;
  const a = dataset.attempts;
  const orgId = dataset.orgs[org]!.org_id;
  const named = new Uint8Array(dataset.users.length);
  dataset.users.forEach((u, i) => {
    if (u.org_id === orgId) named[i] = 1;
  });
  for (let i = range.start; i < range.end; i++) named[a.user[i]!] = 1;
  const list: number[] = [];
  for (let i = 0; i < named.length; i++) if (named[i] === 1) list.push(i);
  const places = userIdPlaces(dataset);
  list.sort((x, y) => places[x]! - places[y]!);
  const users = Int32Array.from(list);
  const numberOf = new Int32Array(dataset.users.length).fill(-1);
  for (let k = 0; k < users.length; k++) numberOf[users[k]!] = k;

  // A counting sort of the scored rows by user number, stable, so each user's rows stay in table order.
  const starts = new Int32Array(users.length + 1);
  for (let i = range.start; i < range.end; i++) {
    const s = a.score[i]!;
    if (s === s) starts[numberOf[a.user[i]!]! + 1]!++;
  }
  for (let k = 0; k < users.length; k++) starts[k + 1]! += starts[k]!;
  const m = starts[users.length]!;
  const fill = starts.slice(0, users.length);
  const time = new Float64Array(m);
  const score = new Float64Array(m);
  const duration = new Float64Array(m);
  const talkShare = new Float64Array(m);
  const hasTalk = new Uint8Array(m);
  const activity = new Int32Array(m);
  for (let i = range.start; i < range.end; i++) {
    const s = a.score[i]!;
    if (s !== s) continue;
    const r = fill[numberOf[a.user[i]!]!]!++;
    time[r] = a.startedAt[i]!;
    score[r] = s;
    const d = a.duration[i]!;
    duration[r] = d === d ? d : 0;
    const t = a.talkMs[i]!;
    const spoken = t + a.listenMs[i]!; // NaN when either is missing, and NaN > 0 is false
    if (spoken > 0) {
      talkShare[r] = (t / spoken) * 100;
      hasTalk[r] = 1;
    }
    activity[r] = a.activity[i]!;
  }
  const code = new Int32Array(range.end - range.start);
  for (let i = range.start; i < range.end; i++) {
    const s = a.score[i]!;
    const spoken = a.talkMs[i]! + a.listenMs[i]!;
    code[i - range.start] = 2 * (s === s ? numberOf[a.user[i]!]! : users.length) + (spoken > 0 ? 1 : 0);
  }
  const talked = new Int32Array(m + 1);
  for (let r = 0; r < m; r++) talked[r + 1] = talked[r]! + hasTalk[r]!;
  const exactSums = sumsAreExact(score) && sumsAreExact(duration);
  const scoreBefore = exactSums ? runningSums(score) : new Float64Array(0);
  const durationBefore = exactSums ? runningSums(duration) : new Float64Array(0);
  const names: string[] = new Array(2 * users.length);
  for (let k = 0; k < users.length; k++) {
    const u = dataset.users[users[k]!]!;
    names[2 * k] = u.user_id;
    names[2 * k + 1] = u.display_name;
  }
  let scoreMagnitude = 0;
  for (let r = 0; r < m; r++) scoreMagnitude = Math.max(scoreMagnitude, Math.abs(score[r]!));
  return { users, names, numberOf, starts, time, score, duration, talkShare, talked, activity, scoreBefore, durationBefore, exactSums, scoreMagnitude, code };
}

const FRACTION_BITS = 10;

function runningSums(values: Float64Array): Float64Array {
  const before = new Float64Array(values.length + 1);
  let sum = 0;
  for (let r = 0; r < values.length; r++) before[r + 1] = sum += values[r]!;
  return before;
}

function sumsAreExact(values: Float64Array): boolean {
  const scale = 2 ** FRACTION_BITS;
  let magnitude = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (!Number.isInteger(v * scale)) return false; // also NaN and ±Infinity
    magnitude += Math.abs(v);
  }
  return magnitude < 2 ** (53 - FRACTION_BITS);
}

/**
 * The org's `LeaderboardIndex`, built on first use: 44 bytes per scored attempt row and 4 per attempt row, 4 per user of the org and 4 per
 * user of the dataset.
 */
export const leaderboardIndex: (dataset: MockDataset, org: number) => LeaderboardIndex = perOrgCache(build);
