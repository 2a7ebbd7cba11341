'use client';
import { createContext, useContext, useId, useInsertionEffect, useSyncExternalStore, version, type ReactNode } from 'react';

/** Props of `HoistedStyle`. */
export interface HoistedStyleProps {
  /** The sheet's identity: one copy per document whatever the number of widgets using it. */
  id: string;
  /** The CSS text. */
  css: string;
}

// React 19 hoists a <style href precedence> into <head> and keeps one copy per href, on the server too.
// React 18 does neither (and warns about the unknown props), so there the sheet is put in <head> once by hand
// on the client, and written inline with the first widget that uses it in server HTML (see `ServerStyle`).
const reactHoistsStyles = Number(version.split('.')[0]) >= 19;

/** One shared stylesheet in the document's head, however many widgets render it. */
export function HoistedStyle({ id, css }: HoistedStyleProps) {
  if (reactHoistsStyles) {
    return (
      <style href={id} precedence="learnlens">
        {css}
      </style>
    );
  }
  return <React18Style id={id} css={css} />;
}

/**
 * Which widget wrote each sheet into this server render (sheet id → the writer's `useId`). One map per
 * `LearnlensProvider` render, so concurrent server requests never share it.
 */
export type StyleWriters = Map<string, string>;

const StyleWritersContext = createContext<StyleWriters | null>(null);

/** Scopes the one-copy-per-sheet bookkeeping of React 18 server HTML to one render (used by `LearnlensProvider`). */
export function StyleWritersProvider({ writers, children }: { writers: StyleWriters; children?: ReactNode }) {
  return <StyleWritersContext.Provider value={writers}>{children}</StyleWritersContext.Provider>;
}

const noSubscription = () => () => {};
// True on the server and while the client hydrates server HTML; false in every later client render.
const useServerMarkup = () =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

function React18Style({ id, css }: HoistedStyleProps) {
  const writer = useId();
  const writers = useContext(StyleWritersContext);
  const serverMarkup = useServerMarkup();
  let inline = false;
  if (serverMarkup) {
    if (typeof document === 'undefined') {
      // The first widget to render a sheet writes it; without a provider every widget does (still styled).
      if (writers && !writers.has(id)) writers.set(id, writer);
      inline = !writers || writers.get(id) === writer;
    } else {
      // Hydrating: render exactly what the server wrote (useId is the same on both sides), whatever the order.
      inline = document.querySelector(`style[data-learnlens-style="${id}"][data-learnlens-writer="${writer}"]`) !== null;
    }
  }
  return (
    <>
      <HeadStyle id={id} css={css} />
      {inline ? (
        // As HTML, not a text child: React 18 would escape `>` and quotes, which a <style> never unescapes.
        <style data-learnlens-style={id} data-learnlens-writer={writer} dangerouslySetInnerHTML={{ __html: css }} />
      ) : null}
    </>
  );
}

// How many mounted widgets use each sheet, so the last one to unmount removes it.
const users = new Map<string, number>();

function HeadStyle({ id, css }: HoistedStyleProps) {
  useInsertionEffect(() => {
    // Only the sheet this module put into <head>: an inline server copy belongs to React and leaves with it.
    let element = document.head.querySelector<HTMLStyleElement>(`style[data-learnlens-style="${id}"]:not([data-learnlens-writer])`);
    if (!element) {
      element = document.createElement('style');
      element.setAttribute('data-learnlens-style', id);
      element.textContent = css;
      document.head.appendChild(element);
    }
    users.set(id, (users.get(id) ?? 0) + 1);
    return () => {
      const left = (users.get(id) ?? 1) - 1;
      users.set(id, left);
      if (left === 0) element.remove();
    };
  }, [id, css]);
  return null;
}
