import type { ErrorCode } from '../core/commands';
import type { FieldIssue } from '../core/field-issues';
import type { CommandResult } from '../protocol';

export const ok = <T>(value: T): CommandResult<T> => ({ ok: true, value });

export const failure = (code: ErrorCode, message: string, details?: FieldIssue[]): CommandResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
