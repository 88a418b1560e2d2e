import { expect } from 'vitest';

/** A command as views send it (lib/send.ts): its input, with an id of its own for a safe retry. */
export const command = (input: unknown) => ({ clientId: expect.any(String), input });
