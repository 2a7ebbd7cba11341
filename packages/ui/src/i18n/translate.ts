/** A message with plural forms, chosen by `Intl.PluralRules` from the `count` value; `other` is required. */
export type PluralMessage = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** One catalog entry: a string with `{name}` placeholders, or plural forms of one. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders; numbers are formatted in the locale. */
export type MessageValues = Readonly<Record<string, string | number>>;

// PluralRules and NumberFormat are costly to build and a table formats many cells: keep one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, tag: string, make: () => T): T {
  let value = map.get(tag);
  if (!value) {
    value = make();
    map.set(tag, value);
  }
  return value;
}

/** Picks the plural form of `message` for `count` in the language `tag`; falls back to `other`. */
export function pluralForm(message: PluralMessage, count: number, tag: string): string {
  const rule = cached(pluralRules, tag, () => new Intl.PluralRules(tag)).select(count);
  // An exact zero reads better as its own sentence ("No attempts") where the catalog gives one.
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[rule] ?? message.other;
}

/** Fills `{name}` placeholders of one message; plural forms are chosen by `values.count`. */
export function formatMessage(message: Message, values: MessageValues | undefined, tag: string): string {
  const count = values?.count;
  const text = typeof message === 'string' ? message : pluralForm(message, typeof count === 'number' ? count : 0, tag);
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? cached(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(value) : value;
  });
}
