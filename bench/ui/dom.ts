import { createRequire } from 'node:module';
import { BENCH_HEIGHT, BENCH_WIDTH } from './size.js';

// jsdom ships no type declarations here; this is the little of its API the bench uses.
interface JsdomInstance {
  window: Window & typeof globalThis;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { pretendToBeVisual: boolean; url: string }) => JsdomInstance;
};


/**
 * Makes Node look like a browser page for React and echarts: a jsdom window's globals, element sizes (jsdom
 * has no layout) and a canvas context stub (echarts measures text with one). Call before importing any UI code.
 */
export function installDom(): JsdomInstance {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
  });
  const win = dom.window as unknown as Record<string, unknown>;
  const target = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in target) continue;
    try {
      target[key] = win[key];
    } catch {
      // Some window properties are accessors that refuse to be copied; React and echarts do not need them.
    }
  }
  target.window = win;
  target.document = dom.window.document;
  target.navigator = dom.window.navigator;
  target.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const proto = dom.window.HTMLElement.prototype;
  for (const [name, value] of [
    ['clientWidth', BENCH_WIDTH],
    ['offsetWidth', BENCH_WIDTH],
    ['clientHeight', BENCH_HEIGHT],
    ['offsetHeight', BENCH_HEIGHT],
  ] as const) {
    Object.defineProperty(proto, name, { configurable: true, get: () => value });
  }
  dom.window.HTMLCanvasElement.prototype.getContext = function getContext() {
    const noop = () => {};
    return new Proxy({ measureText: (text: string) => ({ width: text.length * 7 }) } as Record<string, unknown>, {
      get: (object, key) => (key in object ? object[key as string] : noop),
      set: () => true,
    });
  } as unknown as typeof dom.window.HTMLCanvasElement.prototype.getContext;
  return dom;
}
