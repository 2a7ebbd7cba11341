'use client';
import { useCallback, useRef, useState } from 'react';

/**
 * Radix-style state: controlled when `value` is given, otherwise internal starting at `defaultValue`;
 * `onChange` is told about every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInternal(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [controlled ? value : internal, set];
}
