/** Every key in storage.local. Apart from ./values.ts (their schemas) so that reading a key costs no zod. */
export const STORAGE_KEYS = {
  plans: 'plans',
  settings: 'settings',
  sentLog: 'sentLog',
  quarantine: 'quarantine',
  importProposal: 'importProposal',
  preImport: 'preImport',
  agenda: 'agenda',
  receipts: 'receipts',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

const PLAN_KEY_PREFIX = 'plan:';
/** One stored item per plan: a command writes only the plan it changes. */
export const planKey = (id: string) => `${PLAN_KEY_PREFIX}${id}`;
/** The plan id of a `plan:<id>` key, or null for any other key. */
export const planIdOfKey = (key: string): string | null => (key.startsWith(PLAN_KEY_PREFIX) ? key.slice(PLAN_KEY_PREFIX.length) : null);
