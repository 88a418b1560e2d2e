import { sendMessage } from './messaging';
import type { CommandInput, CommandName, CommandOutput, CommandResult } from './protocol';

const UNREACHABLE: CommandResult<never> = { ok: false, error: { code: 'internal', message: 'err.internal' } };

/**
 * Sends one command to the background, the only writer, and never throws. A background that cannot
 * be reached (being restarted, or an exception) is an `internal` error like any other.
 */
export async function send<N extends CommandName>(
  command: N,
  ...input: CommandInput<N> extends undefined ? [] : [CommandInput<N>]
): Promise<CommandResult<CommandOutput<N>>> {
  try {
    const call = sendMessage as unknown as (name: N, data?: unknown) => Promise<CommandResult<CommandOutput<N>> | undefined>;
    const result = await call(command, input[0]);
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}
