import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One digest that went out. */
export interface DeliveryRecord {
  /** "<orgId>/<managerId>/<week Monday>": one digest per manager and week. */
  key: string;
  orgId: string;
  managerId: string;
  week: string;
  to: string;
  messageId: string;
  deliveredAt: string;
  /** The .eml file, when written with --out instead of sent. */
  file?: string;
}

/** Remembers which digests went out, so a rerun sends nothing twice. */
export interface DeliveryLog {
  has(key: string): Promise<boolean>;
  record(entry: DeliveryRecord): Promise<void>;
}

/** A delivery log in memory (for tests and hosts that keep their own). */
export function memoryDeliveryLog(): DeliveryLog & { entries: DeliveryRecord[] } {
  const entries: DeliveryRecord[] = [];
  return {
    entries,
    has: async (key) => entries.some((e) => e.key === key),
    record: async (entry) => {
      entries.push(entry);
    },
  };
}

/**
 * A delivery log in a JSON-lines file, appended one line per delivery (an append of one short line is all or
 * nothing in practice, so a crash cannot corrupt earlier entries; a torn last line is ignored on reading).
 */
export function fileDeliveryLog(path: string): DeliveryLog {
  let keys: Set<string> | null = null;
  async function load(): Promise<Set<string>> {
    if (keys) return keys;
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    keys = new Set();
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const entry = JSON.parse(line) as Partial<DeliveryRecord>;
        if (typeof entry.key === 'string') keys.add(entry.key);
      } catch {
        // A torn last line from a crash mid-append: that delivery is treated as not recorded.
      }
    }
    return keys;
  }
  return {
    has: async (key) => (await load()).has(key),
    async record(entry) {
      const known = await load();
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify(entry)}\n`);
      known.add(entry.key);
    },
  };
}
