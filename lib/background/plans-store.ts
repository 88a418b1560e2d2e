import type { CommandError, Outcome } from '../core/commands';
import type { Plan } from '../core/schemas';
import type { CommandResult } from '../protocol';
import { PLANS, readItem, writeItem } from '../storage/items';

export const UNREADABLE: CommandError = { code: 'unreadable', message: 'err.unreadable' };

/**
 * Reads the plans, applies a pure change and writes the result. Plans that fail validation are
 * never written over: the command is refused and the stored value stays as it is.
 */
export async function changePlans<T>(now: number, apply: (plans: Plan[]) => Outcome<T>): Promise<CommandResult<T>> {
  const read = await readItem(PLANS, now);
  if (!read.ok) return { ok: false, error: UNREADABLE };
  const outcome = apply(read.value);
  if (!outcome.ok) return outcome;
  await writeItem(PLANS, outcome.plans);
  return { ok: true, value: outcome.value };
}
