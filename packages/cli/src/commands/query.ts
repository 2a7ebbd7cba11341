import { parseFlags } from '../args.js';
import { adapterFlag, adapterNames, backendFlags } from '../backends/adapterFlags.js';
import { withBackend } from '../backends/backend.js';
import { planBackend } from '../backends/plan.js';
import { commandHelp } from '../help.js';
import { checkQueryName, checkRequest } from '../request.js';
import type { CommandContext } from './context.js';

/** `learnlens query NAME`: prints the validated result of one catalog query; returns the exit code. */
export async function queryCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'query',
    argv,
    { ...backendFlags, viewer: { type: 'string' }, params: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    ctx.stdout.write(commandHelp.query);
    return 0;
  }
  const name = checkQueryName(positionals[0]);
  const { viewer, params } = checkRequest('query', name, values);
  const plan = planBackend(adapterFlag(values, adapterNames), values, ctx);

  const result = await withBackend(plan, ({ client }) => client.query(name, params as never, { viewer }));
  ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
