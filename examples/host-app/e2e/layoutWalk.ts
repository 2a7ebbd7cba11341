// The clipping walk (issue 10 §3): run in the page, it visits every element of every Learnlens widget and
// reports text that is cut without its full text at hand, anything that sticks out of its widget, and a page
// wider than the viewport. It knows no widget by name, so widgets and views added later are walked too.
import type { Page } from 'playwright-core';

/** One layout fault, with enough of a path to find the element. */
export interface LayoutProblem {
  /** What is wrong: "clipped-text", "outside-widget", "widget-overflow" or "page-overflow". */
  kind: 'clipped-text' | 'outside-widget' | 'widget-overflow' | 'page-overflow';
  /** The widget it is in ("" for the page). */
  widget: string;
  /** A short CSS-like path of the element and its text. */
  where: string;
  /** The measured sizes. */
  detail: string;
}

/** Walks the page and returns every layout fault found (none on a page that is laid out well). */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: {
      kind: 'clipped-text' | 'outside-widget' | 'widget-overflow' | 'page-overflow';
      widget: string;
      where: string;
      detail: string;
    }[] = [];
    // Sub-pixel layout: a box may measure a fraction over its container without anything being cut.
    const slack = 1;
    const describe = (e: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = e; at && parts.length < 4 && !at.hasAttribute('data-learnlens-widget'); at = at.parentElement) {
        const slot = at.getAttribute('data-slot');
        const cls = [...at.classList].filter((c) => c.startsWith('ll-')).slice(0, 2).join('.');
        parts.unshift(`${at.tagName.toLowerCase()}${slot ? `[${slot}]` : ''}${cls ? `.${cls}` : ''}`);
      }
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${parts.join(' > ')} "${text}"`;
    };
    // The full text of a truncated element must be reachable: a title (hover) on it or the cell holding it.
    const fullTextAvailable = (e: HTMLElement) => {
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (let at: HTMLElement | null = e; at && !at.hasAttribute('data-learnlens-widget'); at = at.parentElement) {
        const title = at.getAttribute('title') ?? '';
        if (title && title.replace(/\s+/g, ' ').includes(text)) return true;
        if (at.tagName === 'TD' || at.tagName === 'TH') break;
      }
      return false;
    };
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport + slack) {
      // The outermost elements that stick out: the culprits, not every ancestor they widen.
      const sticksOut = (e: Element) => e.getBoundingClientRect().right > viewport + slack && e.checkVisibility();
      const wide = [...document.body.querySelectorAll('*')]
        .filter((e) => sticksOut(e) && !(e.parentElement && sticksOut(e.parentElement)))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`);
      problems.push({ kind: 'page-overflow', widget: '', where: wide.join(', '), detail: `page ${document.documentElement.scrollWidth}px wide in a ${viewport}px viewport` });
    }
    // Every widget and view frame; an element belongs to the innermost one (the export button's panel is its widget's).
    const frameSelector = '[data-learnlens-widget]:not([data-learnlens-widget=export-button])';
    const frames = [...document.querySelectorAll<HTMLElement>(frameSelector)];
    const wideViewport = viewport >= 1024;
    for (const frame of frames) {
      const widget = frame.getAttribute('data-learnlens-widget') ?? '';
      const box = frame.getBoundingClientRect();
      if (box.right > viewport + slack || box.left < -slack) {
        problems.push({ kind: 'widget-overflow', widget, where: widget, detail: `frame spans ${Math.round(box.left)}–${Math.round(box.right)}px in a ${viewport}px viewport` });
      }
      if (frame.scrollWidth > frame.clientWidth + slack) {
        problems.push({ kind: 'widget-overflow', widget, where: widget, detail: `content ${frame.scrollWidth}px wide in a ${frame.clientWidth}px frame` });
      }
      for (const element of frame.querySelectorAll<HTMLElement>('*')) {
        if (element.parentElement?.closest(frameSelector) !== frame && element.closest(frameSelector) !== frame) continue;
        if (element.matches(frameSelector)) continue;
        // Screen-reader tables and closed popovers are not seen; they are checked for staying hidden below.
        if (element.closest('.ll-sr-only')) continue;
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
        if (element instanceof SVGElement || element.closest('svg, canvas')) continue;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        // Anything outside its widget, unless a scroll region inside the widget holds it (it scrolls there).
        const scroller = element.parentElement?.closest<HTMLElement>('.ll-scroll, [data-slot=scroll]');
        const bounds = scroller && frame.contains(scroller) ? scroller.getBoundingClientRect() : box;
        // On a wide screen a table fits its widget; on a phone it may scroll inside the widget, never the page.
        if (wideViewport && element.matches('.ll-scroll, [data-slot=scroll]') && element.scrollWidth > element.clientWidth + slack) {
          problems.push({ kind: 'widget-overflow', widget, where: describe(element), detail: `needs sideways scrolling at ${viewport}px: ${element.scrollWidth}px of content in ${element.clientWidth}px` });
        }
        const floating = style.position === 'fixed' || element.closest('.ll-popover');
        if (!floating && !scroller && (rect.right > bounds.right + slack || rect.left < bounds.left - slack)) {
          problems.push({ kind: 'outside-widget', widget, where: describe(element), detail: `spans ${Math.round(rect.left)}–${Math.round(rect.right)}px, widget ${Math.round(bounds.left)}–${Math.round(bounds.right)}px` });
        }
        // Text cut by its own box: only boxes that clip (overflow other than visible) can hide text.
        const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        const scrolls = /(auto|scroll)/.test(style.overflowX);
        if (ownText && clips && !scrolls && element.scrollWidth > element.clientWidth + slack && !fullTextAvailable(element)) {
          problems.push({ kind: 'clipped-text', widget, where: describe(element), detail: `text ${element.scrollWidth}px in ${element.clientWidth}px, no title with the full text` });
        }
        // Text that spills out of a table cell or label into its neighbours reads as cut as well.
        if (ownText && !clips && (element.tagName === 'TD' || element.tagName === 'TH') && element.scrollWidth > element.clientWidth + slack) {
          problems.push({ kind: 'clipped-text', widget, where: describe(element), detail: `text ${element.scrollWidth}px spills out of a ${element.clientWidth}px cell` });
        }
      }
      // Screen-reader tables must really take no room.
      for (const hidden of frame.querySelectorAll<HTMLElement>('.ll-sr-only')) {
        const r = hidden.getBoundingClientRect();
        if (Math.max(r.width, r.height) > 16) {
          problems.push({ kind: 'outside-widget', widget, where: describe(hidden).slice(0, 80), detail: `a screen-reader-only element measures ${Math.round(r.width)}×${Math.round(r.height)}px` });
        }
      }
    }
    return problems;
  });
}
