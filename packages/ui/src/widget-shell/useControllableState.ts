'use client';
import { useCallback, useRef, useState } from 'react';

/** `value` / `defaultValue` / `onChange` in one hook, as Radix does for every stateful part. */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(() => next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
