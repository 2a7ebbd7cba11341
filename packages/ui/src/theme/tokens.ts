/** A colour scheme a widget can render in. */
export type ThemeMode = 'light' | 'dark';

/** Every light and dark theme value Learnlens widgets read; names follow shadcn/ui where one exists. */
export interface ThemeTokens {
  /** Widget surface. */
  background: string;
  /** Body text on the surface. */
  foreground: string;
  /** Raised surfaces such as cards and table headers. */
  card: string;
  /** Text on `card`. */
  cardForeground: string;
  /** Quiet fills: skeletons, zebra rows, bars' tracks. */
  muted: string;
  /** Secondary text; keeps 4.5:1 contrast on `background`. */
  mutedForeground: string;
  /** Highlight fill, e.g. the viewer's own leaderboard row. */
  accent: string;
  /** Text on `accent`. */
  accentForeground: string;
  /** Hairlines and table rules. */
  border: string;
  /** Keyboard focus ring. */
  ring: string;
  /** Buttons and links. */
  primary: string;
  /** Text on `primary`. */
  primaryForeground: string;
  /** Errors and drops. */
  destructive: string;
  /** Text on `destructive`. */
  destructiveForeground: string;
  /** Warnings such as overdue assignments. */
  warning: string;
  /** Text on `warning`. */
  warningForeground: string;
  /** Improvements and completions. */
  success: string;
  /** Text on `success`. */
  successForeground: string;
  /** First chart series colour. */
  chart1: string;
  /** Second chart series colour. */
  chart2: string;
  /** Third chart series colour. */
  chart3: string;
  /** Fourth chart series colour. */
  chart4: string;
  /** Fifth chart series colour. */
  chart5: string;
  /** Corner radius of frames and buttons. */
  radius: string;
  /** Font stack; set explicitly so widgets do not inherit the host's. */
  font: string;
}

const font =
  'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** The light theme. */
export const lightTokens: ThemeTokens = {
  background: '#ffffff',
  foreground: '#09090b',
  card: '#fafafa',
  cardForeground: '#09090b',
  muted: '#f4f4f5',
  mutedForeground: '#52525b',
  accent: '#e0edff',
  accentForeground: '#0b2a66',
  border: '#e4e4e7',
  ring: '#2563eb',
  primary: '#1d4ed8',
  primaryForeground: '#ffffff',
  destructive: '#b91c1c',
  destructiveForeground: '#ffffff',
  warning: '#a16207',
  warningForeground: '#ffffff',
  success: '#166534',
  successForeground: '#ffffff',
  chart1: '#2563eb',
  chart2: '#0d9488',
  chart3: '#d97706',
  chart4: '#9333ea',
  chart5: '#e11d48',
  radius: '0.5rem',
  font,
};

/** The dark theme. */
export const darkTokens: ThemeTokens = {
  background: '#0b0b0f',
  foreground: '#fafafa',
  card: '#18181b',
  cardForeground: '#fafafa',
  muted: '#27272a',
  mutedForeground: '#a1a1aa',
  accent: '#172554',
  accentForeground: '#dbeafe',
  border: '#3f3f46',
  ring: '#60a5fa',
  primary: '#60a5fa',
  primaryForeground: '#0b1120',
  destructive: '#f87171',
  destructiveForeground: '#1b0505',
  warning: '#fbbf24',
  warningForeground: '#1c1300',
  success: '#4ade80',
  successForeground: '#052e16',
  chart1: '#60a5fa',
  chart2: '#2dd4bf',
  chart3: '#fbbf24',
  chart4: '#c084fc',
  chart5: '#fb7185',
  radius: '0.5rem',
  font,
};

/** The built-in tokens of a mode. */
export const themes: Record<ThemeMode, ThemeTokens> = { light: lightTokens, dark: darkTokens };

/** The CSS custom property a token is written to, e.g. `mutedForeground` → `--ll-muted-foreground`. */
export function tokenVariable(name: keyof ThemeTokens): string {
  return `--ll-${name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;
}

/** Tokens of a mode with a host's overrides applied. */
export function resolveTokens(mode: ThemeMode, overrides?: Partial<ThemeTokens>): ThemeTokens {
  return overrides ? { ...themes[mode], ...overrides } : themes[mode];
}

/** Inline-style object declaring every token as a CSS variable, for the widget's scope element only. */
export function themeVariables(tokens: ThemeTokens): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const name of Object.keys(tokens) as (keyof ThemeTokens)[]) variables[tokenVariable(name)] = tokens[name];
  return variables;
}
