import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

// The one message channel, typed by the command table in lib/protocol.ts. Views call it through
// `send()` (lib/send.ts); the background registers one listener per command (lib/background/listeners.ts).

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
