import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPlansOrSettingsKey } from '../../../lib/storage/followed';
import { watchValues } from '../../../lib/storage/watch';

describe('following storage through watchValues', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the plans (index and items) and the settings, not their neighbours', () => {
    expect(['plans', 'settings', 'plan:a1'].every(isPlansOrSettingsKey)).toBe(true);
    expect(['sentLog', 'agenda', 'syncDoc:a1', 'plans$', 'quarantine'].some(isPlansOrSettingsKey)).toBe(false);
  });

  it('calls back for a change to a key the test accepts (a plan item), not for its neighbours', async () => {
    const changed = vi.fn();
    const stop = watchValues(changed, isPlansOrSettingsKey);
    await fakeBrowser.storage.local.set({ agenda: null, 'syncDoc:a1': {} });
    expect(changed).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ 'plan:a1': {} });
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ settings: {} });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
