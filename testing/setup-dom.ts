// Test setup for files that opt into jsdom (`// @vitest-environment jsdom`).
// Node-environment tests pass through untouched.
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());

  // jsdom has no canvas; echarts only needs a context object to measure text.
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return {
      measureText: (text: string) => ({ width: text.length * 7 }),
      fillRect() {},
      clearRect() {},
      getImageData: () => ({ data: [] }),
      putImageData() {},
      createImageData: () => [],
      setTransform() {},
      drawImage() {},
      save() {},
      restore() {},
      beginPath() {},
      moveTo() {},
      lineTo() {},
      closePath() {},
      stroke() {},
      fill() {},
      arc() {},
      rect() {},
      clip() {},
      fillText() {},
      scale() {},
      rotate() {},
      translate() {},
      transform() {},
    } as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;

  // react-virtual measures its scroll element; jsdom reports zero sizes.
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get() { return Number((this as HTMLElement).dataset.testHeight ?? 600); } },
    offsetWidth: { configurable: true, get() { return Number((this as HTMLElement).dataset.testWidth ?? 800); } },
    clientHeight: { configurable: true, get() { return Number((this as HTMLElement).dataset.testHeight ?? 600); } },
    clientWidth: { configurable: true, get() { return Number((this as HTMLElement).dataset.testWidth ?? 800); } },
  });
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}
