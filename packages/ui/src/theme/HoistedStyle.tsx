'use client';
import { useInsertionEffect, version } from 'react';

/** Props of `HoistedStyle`. */
export interface HoistedStyleProps {
  /** The sheet's identity: one copy per document whatever the number of widgets using it. */
  id: string;
  /** The CSS text. */
  css: string;
}

// React 19 hoists a <style href precedence> into <head> and keeps one copy per href, on the server too.
// React 18 does neither (and warns about the unknown props), so there the sheet is put in <head> once by hand.
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
  return <HeadStyle id={id} css={css} />;
}

// How many mounted widgets use each sheet, so the last one to unmount removes it.
const users = new Map<string, number>();

function HeadStyle({ id, css }: HoistedStyleProps) {
  useInsertionEffect(() => {
    let element = document.head.querySelector<HTMLStyleElement>(`style[data-learnlens-style="${id}"]`);
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
