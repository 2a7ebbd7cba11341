// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState.js';

describe('useControllableState', () => {
  it('should keep its own state when uncontrolled and report every change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | undefined>(undefined, 'a', onChange));
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('should show the controlled value and only report a change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string>('held', 'a', onChange));
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('held');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  // Regression: a copy without the guard passed a function value to setState, which called it as an updater.
  it('should store a function value as the value instead of calling it', () => {
    const formatter = vi.fn((n: number) => `${n}%`);
    const { result } = renderHook(() => useControllableState<((n: number) => string) | undefined>(undefined, undefined, undefined));
    act(() => result.current[1](formatter));
    expect(result.current[0]).toBe(formatter);
    expect(formatter).not.toHaveBeenCalled();
  });
});
