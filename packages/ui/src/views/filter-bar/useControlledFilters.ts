'use client';
import { useCallback, useRef, useState } from 'react';

/** `value` / `defaultValue` / `onValueChange` in one hook, Radix style: controlled when `value` is given. */
export function useControlledFilters<T>(
  value: T | undefined,
  defaultValue: () => T,
  onValueChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const onChangeRef = useRef(onValueChange);
  onChangeRef.current = onValueChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [controlled ? value : own, set];
}
