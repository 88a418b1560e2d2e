import { existsSync } from 'node:fs';
import { CHROMIUM, extensionDir } from './paths';

/** Fails early, and says how to fix it, when the browser or the build is missing. */
export default function globalSetup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Real-browser tests need Debian's Chromium at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '(never `npx playwright install`: the tests drive the system browser).',
    );
  }
  if (!existsSync(`${extensionDir('chrome-mv3')}/manifest.json`)) {
    throw new Error(`No build at ${extensionDir('chrome-mv3')}: run \`npm run build\` first.`);
  }
}
