'use client';

/** Props of `BandTrack`. */
export interface BandTrackProps {
  /** Lower end of the expected accuracy, 0–1. */
  min: number;
  /** Upper end of the expected accuracy, 0–1. */
  max: number;
  /** Observed accuracy, 0–1. */
  value: number;
  /** Whether the observed accuracy is judged outside the band (the mark turns to the warning colour). */
  off: boolean;
}

const pct = (v: number) => `${(Math.min(1, Math.max(0, v)) * 100).toFixed(1)}%`;

/**
 * A 0–100 % track with the declared band shaded and the observed accuracy as a mark: the calibration at a glance.
 * Decoration (`aria-hidden`): the row's cells say the same numbers in words.
 */
export function BandTrack({ min, max, value, off }: BandTrackProps) {
  return (
    <span className="ll-band-track" data-slot="band-track" data-off={off ? 'true' : undefined} aria-hidden="true">
      <span className="ll-band" style={{ insetInlineStart: pct(min), width: pct(max - min) }} />
      <span className="ll-band-mark" style={{ insetInlineStart: pct(value) }} />
    </span>
  );
}
