import type { CommandError } from './core/commands';
import { type CommandResult, type ProtocolMap, sendMessage } from './messaging';

type Input<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Value<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]> extends CommandResult<infer T> ? T : never;

/**
 * Sends one command to the background, the only writer. A background that cannot be reached (being
 * restarted, or an exception) is an `internal` error like any other: the page never writes itself.
 */
export async function send<K extends keyof ProtocolMap>(
  command: K,
  ...input: Input<K> extends undefined ? [] : [Input<K>]
): Promise<{ ok: true; value: Value<K> } | { ok: false; error: CommandError }> {
  try {
    const call = sendMessage as unknown as (name: K, data?: unknown) => Promise<CommandResult<Value<K>>>;
    const result = await call(command, input[0]);
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return { ok: false, error: { code: 'internal', message: 'err.internal' } };
  } catch {
    return { ok: false, error: { code: 'internal', message: 'err.internal' } };
  }
}
