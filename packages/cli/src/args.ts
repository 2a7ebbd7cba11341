import { parseArgs } from 'node:util';
import { UsageError } from './usageError.js';

/** The flags one command accepts: each takes a value (`string`) or is a switch (`boolean`); `multiple` may repeat. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parsed flags: a string per given value flag, `true` per given switch, a list per repeatable flag. */
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** A command line split into flags and positional arguments. */
export interface ParsedArgs {
  values: FlagValues;
  positionals: string[];
}

/**
 * Parses `argv` strictly against `spec`. Unknown flags, missing values and surplus positionals become a
 * UsageError with a one-line message naming the offending argument.
 */
export function parseFlags(command: string, argv: readonly string[], spec: FlagSpec, maxPositionals: number): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: true }) as ParsedArgs;
  } catch (error) {
    throw new UsageError(describeParseError(command, argv, spec, error));
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals]!;
    throw new UsageError(`unexpected argument "${extra}" for "learnlens ${command}" (see learnlens ${command} --help)`);
  }
  return parsed;
}

// Node's own messages span several lines and mention details a user did not type; a second, lenient pass
// over the tokens finds the argument at fault so the message can name it in one line.
function describeParseError(command: string, argv: readonly string[], spec: FlagSpec, error: unknown): string {
  const hint = `(see learnlens ${command} --help)`;
  const { tokens } = parseArgs({ args: [...argv], options: spec, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = spec[token.name];
    if (!option) return `unknown flag ${token.rawName} for "learnlens ${command}" ${hint}`;
    if (option.type === 'boolean' && token.value !== undefined) return `${token.rawName} does not take a value`;
    if (option.type === 'string' && token.value === undefined) return `${token.rawName} needs a value ${hint}`;
    if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return `${token.rawName} needs a value but got the flag "${token.value}"; write ${token.rawName}=${token.value} if that is the value`;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

/** The value of a value flag, or undefined when it was not given. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable flag, in order; empty when not given. */
export function listFlag(values: FlagValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/** The value of a flag the command cannot run without. */
export function requiredFlag(command: string, values: FlagValues, name: string): string {
  const value = stringFlag(values, name);
  if (value === undefined) throw new UsageError(`missing required flag --${name} (see learnlens ${command} --help)`);
  return value;
}

/** An integer flag within [min, max], or undefined when not given. */
export function intFlag(values: FlagValues, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  const value = /^[+-]?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new UsageError(`--${name} must be ${range}, not "${text}"`);
  }
  return value;
}

/** One of a fixed set of values, or undefined when not given. */
export function choiceFlag<const T extends string>(values: FlagValues, name: string, choices: readonly T[]): T | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${text}"`);
  }
  return text as T;
}

/** The text of a JSON-object flag (`--viewer`, `--params`) parsed, or a UsageError saying what is wrong with it. */
export function parseJsonObject(name: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--${name} must be a JSON object such as '{"key": "value"}'`);
  }
  return value as Record<string, unknown>;
}
