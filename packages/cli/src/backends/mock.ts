import { createMockAdapter } from '@learnlens/mock';
import type { FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { checkMockFlags, loadDataset } from '../source.js';
import { openedWith, type BackendPlan } from './backend.js';

/** `--adapter mock`: the in-memory engine over a generated dataset (--seed …) or the CSV files of --data. */
export function planMock(values: FlagValues, ctx: CommandContext): BackendPlan {
  checkMockFlags(values);
  return {
    name: 'mock',
    open: async () => openedWith(createMockAdapter({ dataset: await loadDataset(values, ctx.cwd) })),
  };
}
