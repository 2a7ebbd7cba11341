'use client';
import { useEffect, useRef, useState } from 'react';
import type { Formatters } from '../../widget-shell/index.js';
import { parseLocaleDate } from './filterBar.utils.js';

/** Props of `LocaleDateInput`. */
export interface LocaleDateInputProps {
  /** The text field's id, which the surrounding label points at. */
  id: string;
  /** `data-slot` of the text field. */
  slot: string;
  /** The day shown, an ISO date. */
  value: string;
  /** The provider's formatters: the locale dates are written and read in. */
  fmt: Formatters;
  /** Accessible name of the calendar button. */
  pickLabel: string;
  /** Marks the field invalid (the filter bar's refusal message describes it). */
  invalid: boolean;
  /** Id of the message describing the field, when there is one. */
  describedBy: string | undefined;
  /** Told the ISO date the user typed (on Enter or leaving the field) or picked. */
  onCommit: (isoDate: string) => void;
  /** Told the text the user typed when it is no date. */
  onInvalid: (text: string) => void;
}

/**
 * A date field in the provider's locale ("10/02/2026", "02.10.2026", "2026/10/02"): `<input type="date">` always
 * shows the browser's format whatever the dashboard's language, so the day is typed as text in the locale's short
 * format, and a button beside it opens the browser's own calendar (through a native date input it drives).
 */
export function LocaleDateInput({ id, slot, value, fmt, pickLabel, invalid, describedBy, onCommit, onInvalid }: LocaleDateInputProps) {
  const shown = fmt.date(value, 'P');
  const [text, setText] = useState(shown);
  const picker = useRef<HTMLInputElement>(null);
  // A new value (a preset, the heatmap's day, a refused edit undone) replaces whatever was typed.
  useEffect(() => setText(shown), [shown]);

  const commit = () => {
    if (text === shown) return;
    const iso = parseLocaleDate(text, fmt.locale);
    if (iso === null) onInvalid(text);
    else if (iso === value) setText(shown);
    else onCommit(iso);
  };

  return (
    <span className="ll-date" data-slot={`${slot}-field`}>
      <input
        id={id}
        className="ll-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        data-slot={slot}
        value={text}
        lang={fmt.tag}
        placeholder={shown}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <button
        type="button"
        className="ll-date-pick"
        data-slot={`${slot}-pick`}
        aria-label={pickLabel}
        title={pickLabel}
        onClick={() => {
          const native = picker.current;
          if (native && typeof native.showPicker === 'function') {
            try {
              native.showPicker();
              return;
            } catch {
              // Not allowed here (e.g. inside a cross-origin frame): typing still works.
            }
          }
          document.getElementById(id)?.focus();
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      </button>
      <input
        ref={picker}
        className="ll-date-native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(e) => e.target.value && onCommit(e.target.value)}
      />
    </span>
  );
}
