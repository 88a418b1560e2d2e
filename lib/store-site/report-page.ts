import { sendMessage } from '../messaging';
import type { CommandInput, CommandName, CommandOutput, CommandResult } from '../protocol';
import type { StorePageReport } from './page-record';

/** 32 hex digits from the CSPRNG: unlike crypto.randomUUID, also there on a plain-http store page and in its frame. */
export const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

const UNREACHABLE: CommandResult<never> = { ok: false, error: { code: 'internal', message: 'err.internal' } };

/**
 * One command from the store page's scripts (content script and panel frame), on the command channel
 * as lib/send.ts sends, with an id that needs no secure context (an http store page makes its frame
 * insecure too); no retry: a reading or a refresh follows anyway.
 */
export async function storeSend<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<CommandOutput<N>>> {
  try {
    const call = sendMessage as unknown as (name: N, data: unknown) => Promise<CommandResult<CommandOutput<N>> | undefined>;
    const result = await call(name, { clientId: randomId(), input });
    return result && typeof result === 'object' && 'ok' in result ? result : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

/** The content script's one command, what its page says: true when the background has it. */
export const reportPage = async (report: StorePageReport): Promise<boolean> => (await storeSend('storePageRead', report)).ok;
