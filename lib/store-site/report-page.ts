import { sendMessage } from '../messaging';
import type { StorePageReport } from './page-record';

/** 32 hex digits from the CSPRNG: unlike crypto.randomUUID, also there on a plain-http store page. */
export const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The content script's one command: what its page says. Sent on the command channel like lib/send.ts
 * sends, but with an id that needs no secure context; no retry (the next reading follows anyway).
 * True when the background has it.
 */
export async function reportPage(report: StorePageReport): Promise<boolean> {
  try {
    const result = await sendMessage('storePageRead', { clientId: randomId(), input: report });
    return result?.ok === true;
  } catch {
    return false;
  }
}
