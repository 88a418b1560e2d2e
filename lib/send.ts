import { sendMessage } from './messaging';
import type { CommandInput, CommandName, CommandOutput, CommandResult } from './protocol';

/** 32 hex digits from the CSPRNG: unlike crypto.randomUUID, also there on a plain-http store page and in its frame. */
export const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

const UNREACHABLE: CommandResult<never> = { ok: false, error: { code: 'internal', message: 'err.internal' } };

/** A command's arguments after its name: its input, or nothing for a command that takes none. */
export type SendArgs<N extends CommandName> = CommandInput<N> extends undefined ? [] : [CommandInput<N>];

type Call<N extends CommandName> = (name: N, data: unknown) => Promise<CommandResult<CommandOutput<N>> | undefined>;

/**
 * Sends one command to the background, the only writer, and never throws. The command carries an id
 * of its own; when the channel closes before the answer (the worker was stopped mid-command), it is
 * sent once more with the same id, and the background answers with the first result if it had
 * already applied it. A background that still cannot be reached is an `internal` error.
 */
export async function send<N extends CommandName>(command: N, ...input: SendArgs<N>): Promise<CommandResult<CommandOutput<N>>> {
  const message = { clientId: randomId(), input: input[0] };
  const call = sendMessage as unknown as Call<N>;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const result = await call(command, message);
      if (result && typeof result === 'object' && 'ok' in result) return result;
      return UNREACHABLE;
    } catch {
      // Closed channel or a worker being restarted: the one retry below is safe (same id).
    }
  }
  return UNREACHABLE;
}
