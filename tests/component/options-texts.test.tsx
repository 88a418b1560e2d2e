import { describe, expect, it } from 'vitest';
import { textsFor } from './options-render';

describe('options texts: a command error in words', () => {
  it('gives the error, then the reason of each detail once, wherever it was found', () => {
    const { error } = textsFor('en');
    const text = error({
      code: 'invalid',
      message: 'err.backupInvalid',
      details: [
        { path: 'plans.0.rate', key: 'err.feeTooHigh' },
        { path: 'plans.3.rate', key: 'err.feeTooHigh' },
        { path: 'plans.4.id', key: 'err.duplicateId' },
      ],
    });
    expect(text).toBe('The backup file has invalid contents · A fee above 5% per period is not plausible · Two plans have the same id');
  });

  it('gives the error alone when it has no details', () => {
    expect(textsFor('zh-CN').error({ code: 'not-found', message: 'err.notFound' })).toBe(textsFor('zh-CN').key('err.notFound'));
  });
});
