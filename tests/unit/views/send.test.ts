import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../lib/messaging';
import { send } from '../../../lib/send';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const channel = vi.mocked(sendMessage as unknown as (name: string, data: { clientId: string; input: unknown }) => Promise<unknown>);

const CLOSED = new Error(
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
);

describe('send(): the one way views reach the background', () => {
  beforeEach(() => {
    channel.mockReset();
  });

  it('sends the input with an id of its own', async () => {
    channel.mockResolvedValue({ ok: true, value: null });
    expect(await send('dismissImportProposal')).toEqual({ ok: true, value: null });
    const [, message] = channel.mock.calls[0] ?? [];
    expect(message?.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('retries once with the same id when the channel closes before the answer', async () => {
    channel.mockRejectedValueOnce(CLOSED).mockResolvedValueOnce({ ok: true, value: { plans: 1 } });
    expect(await send('restorePreImport')).toEqual({ ok: true, value: { plans: 1 } });
    expect(channel).toHaveBeenCalledTimes(2);
    expect(channel.mock.calls[1]?.[1].clientId).toBe(channel.mock.calls[0]?.[1].clientId);
  });

  it('never throws: an unreachable background is an internal error after one retry', async () => {
    channel.mockImplementation(async () => {
      throw CLOSED;
    });
    const result = await send('restorePreImport');
    expect(channel.mock.calls).toHaveLength(2);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'err.internal' } });
  });

  it('treats an answer that is not a result as an internal error', async () => {
    channel.mockResolvedValue(undefined);
    expect(await send('restorePreImport')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
