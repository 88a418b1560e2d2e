// Kept apart from page-record.ts (zod) so that the content script, which only builds the address, stays small.

/** The frame's address fragment: its page's token, then a count the content script bumps with each new reading. */
export const frameFragment = (token: string, version: number) => `${token}~${version}`;

/** The page's token in the frame's own address. */
export const tokenOfFragment = (hash: string) => hash.replace(/^#/, '').split('~')[0] ?? '';
