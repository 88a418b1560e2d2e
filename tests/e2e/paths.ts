import { resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** REPAY_OUT_DIR lets parallel work build elsewhere; CI uses the default `.output`. */
export const extensionDir = (target: 'chrome-mv3' | 'firefox-mv2') => resolve(process.env.REPAY_OUT_DIR ?? '.output', target);
