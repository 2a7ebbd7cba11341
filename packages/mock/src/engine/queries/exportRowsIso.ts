// ISO timestamps for `exportRows`, made whole. An export formats two timestamps per row, a million rows at a time.
// Concatenated text (isoString's template) is a rope of small strings that every reader then flattens, and reading
// its characters stays on V8's slow path: the export's column check spent more time reading those ropes than the
// engine spent making them. `String.fromCharCode` with every character makes one flat string in one step, and the
// date's ten characters come from the last day seen (export rows are in time order, so the day rarely changes).
import { isoString } from '@learnlens/data-client';

const DAY = 86_400_000;
const fromCharCode = String.fromCharCode;

/** Formats epoch ms as `Date#toISOString()` text, remembering the last day's date characters. */
export class IsoFormatter {
  private day = Number.NaN;
  // The day's "YYYY-MM-DD" as character codes (y1..y4, m1 m2, d1 d2).
  private y1 = 0;
  private y2 = 0;
  private y3 = 0;
  private y4 = 0;
  private m1 = 0;
  private m2 = 0;
  private d1 = 0;
  private d2 = 0;

  /** `new Date(ms).toISOString()`, as `isoString` writes it (which handles instants outside years 0000–9999). */
  format(ms: number): string {
    // Whole milliseconds only (the dataset's); Date truncates anything else (and refuses NaN).
    if (!Number.isInteger(ms)) return new Date(ms).toISOString();
    const day = Math.floor(ms / DAY);
    if (day !== this.day) {
      const midnight = isoString(day * DAY);
      // Only four-digit years have the fixed layout below; other years are formatted whole.
      if (midnight.length !== 24) return isoString(ms);
      this.y1 = midnight.charCodeAt(0);
      this.y2 = midnight.charCodeAt(1);
      this.y3 = midnight.charCodeAt(2);
      this.y4 = midnight.charCodeAt(3);
      this.m1 = midnight.charCodeAt(5);
      this.m2 = midnight.charCodeAt(6);
      this.d1 = midnight.charCodeAt(8);
      this.d2 = midnight.charCodeAt(9);
      this.day = day;
    }
    // Within the day, whole milliseconds below 86,400,000 fit an int32: integer division and remainder by constants
    // (multiplications and shifts) instead of float division and fmod.
    let rest = (ms - day * DAY) | 0;
    const hour = (rest / 3_600_000) | 0;
    rest -= hour * 3_600_000;
    const minute = (rest / 60_000) | 0;
    rest -= minute * 60_000;
    const second = (rest / 1000) | 0;
    const milli = rest - second * 1000;
    const hundreds = (milli / 100) | 0;
    const tens = ((milli / 10) | 0) - hundreds * 10;
    return fromCharCode(
      this.y1, this.y2, this.y3, this.y4, 45, this.m1, this.m2, 45, this.d1, this.d2, 84,
      48 + ((hour / 10) | 0), 48 + (hour % 10), 58,
      48 + ((minute / 10) | 0), 48 + (minute % 10), 58,
      48 + ((second / 10) | 0), 48 + (second % 10), 46,
      48 + hundreds, 48 + tens, 48 + (milli % 10), 90,
    );
  }
}
