// ISO 8601 durations as xAPI uses them (`result.duration`): PnYnMnDTnHnMnS or PnW. Years and months have no fixed
// length, so they are refused rather than guessed.
const durationPattern =
  /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Seconds in an ISO 8601 duration, or an error text when it is not one this pipeline can measure. */
export function parseIsoDuration(text: string): { seconds: number } | { error: string } {
  const match = durationPattern.exec(text);
  if (!match) return { error: `"${text}" is not an ISO 8601 duration such as PT1M30S` };
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  if (years !== undefined || months !== undefined) {
    return { error: `"${text}" uses years or months, which have no fixed length in seconds` };
  }
  const n = (v: string | undefined) => (v === undefined ? 0 : Number(v));
  return { seconds: n(weeks) * 604_800 + n(days) * 86_400 + n(hours) * 3_600 + n(minutes) * 60 + n(seconds) };
}
