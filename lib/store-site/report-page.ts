import { send } from '../send';
import type { StorePageReport } from './page-record';

/** The content script's one command, what its page says: true when the background has it. */
export const reportPage = async (report: StorePageReport): Promise<boolean> => (await send('storePageRead', report)).ok;
