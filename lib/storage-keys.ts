/** Every key in storage.local (versioned items in lib/storage.ts, read-only access in lib/stored-values.ts). */
export const STORAGE_KEYS = {
  plans: 'plans',
  settings: 'settings',
  sentLog: 'sentLog',
  quarantine: 'quarantine',
  importProposal: 'importProposal',
  preImport: 'preImport',
  agenda: 'agenda',
} as const;
