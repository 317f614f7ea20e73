import { LIST_ORDERS, type ListOrder } from '../emulators/shared/list-order';
import type { EmulatorPageCaps } from '../emulators/start-emulators';
import { CliUsageError } from './cli-usage-error';
import { flagChoice } from './flag-choice';

/** The lists `--page-caps` can cap: the ones whose documentation states no largest page. */
const PAGE_CAP_KEYS = [
  'paiListJobs',
  'emrListWorkspaces',
] as const satisfies readonly (keyof EmulatorPageCaps)[];

/** `--list-order newest-first|shuffled`. */
export function listOrder(value: string | boolean | undefined): ListOrder | undefined {
  return flagChoice('list-order', LIST_ORDERS, value);
}

/** `--page-caps paiListJobs=7,emrListWorkspaces=7`: each a positive integer, each key at most once. */
export function pageCaps(value: string | boolean | undefined): EmulatorPageCaps | undefined {
  if (value === undefined) return undefined;
  const usage = `--page-caps must be KEY=N[,KEY=N] with KEY one of ${PAGE_CAP_KEYS.join(', ')} and N a positive integer, got "${String(value)}"`;
  if (typeof value !== 'string' || value === '') throw new CliUsageError(usage);
  const caps: Partial<Record<(typeof PAGE_CAP_KEYS)[number], number>> = {};
  for (const part of value.split(',')) {
    const [key, count, ...rest] = part.split('=');
    const name = PAGE_CAP_KEYS.find((candidate) => candidate === key?.trim());
    const text = count?.trim() ?? '';
    if (name === undefined || rest.length > 0 || !/^\d{1,9}$/.test(text) || Number(text) < 1 || name in caps)
      throw new CliUsageError(usage);
    caps[name] = Number(text);
  }
  return caps;
}
