/** Every key in storage.local. Apart from ./values.ts (their schemas) so that reading a key costs no zod. */
export const STORAGE_KEYS = {
  plans: 'plans',
  settings: 'settings',
  sentLog: 'sentLog',
  quarantine: 'quarantine',
  importProposal: 'importProposal',
  preImport: 'preImport',
  agenda: 'agenda',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
