/** A message with plural forms, chosen by `Intl.PluralRules` from the `count` value; `other` is required. */
export type PluralMessage = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** One catalog entry: a string with `{name}` placeholders, or plural forms of one. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders; numbers are formatted in the locale. */
export type MessageValues = Readonly<Record<string, string | number>>;

// PluralRules and NumberFormat are costly to build (~50 µs) and a table formats thousands of cells: keep them.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A shared Intl.NumberFormat of the language `tag` with `options` (the message placeholders' and format.ts's). */
export function numberFormat(tag: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${tag}|${JSON.stringify(options)}` : tag;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, options);
    if (numberFormats.size > 200) numberFormats.clear();
    numberFormats.set(key, f);
  }
  return f;
}

/** Picks the plural form of `message` for `count` in the language `tag`; falls back to `other`. */
export function pluralForm(message: PluralMessage, count: number, tag: string): string {
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  const rule = rules.select(count);
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
    return typeof value === 'number' ? numberFormat(tag).format(value) : value;
  });
}
