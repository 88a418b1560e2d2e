import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../messaging';

// The protocol's own types (lib/messaging), in an instance of our own: importing lib/messaging at run time
// would bring every command's zod schema into the content script, 13 KB gzip on a 15 KB budget.
const { sendMessage } = defineExtensionMessaging<ProtocolMap>();

/** The only two commands a content script may send. */
export const storeCommands = {
  snapshot: () => sendMessage('storeSnapshot'),
  propose: (proposal: Parameters<ProtocolMap['proposeImport']>[0]) => sendMessage('proposeImport', proposal),
};
