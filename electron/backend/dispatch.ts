// The one gate every call passes: the method must be in the contract, its input must validate, and whatever goes
// wrong comes back as a typed error people can read. Bad input never reaches a handler, so it changes nothing.
import type { z } from 'zod';
import type { ApiError, Method, OutputOf, ParsedInputOf, Reply } from '../../shared/contract';
import { contract, isMethod } from '../../shared/contract';
import { BackendError } from './errors';
import { StorageError, StoreValidationError } from './store';
import { ReadOnlyDataError, errnoOf } from './store/errors';

/** One handler per contract method: the mapped type makes a missing or misnamed handler a type error. */
export type Handlers = { [M in Method]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

export interface Issue {
  path: string;
  message: string;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function listIssues(issues: Issue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return shown.join('; ') + more;
}

export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof BackendError) return error.toApiError();
  if (error instanceof StoreValidationError) {
    return {
      code: 'invalid-input',
      message: `Not saved: ${listIssues(error.issues)}. Nothing was changed; correct the values and save again.`,
      details: { issues: error.issues },
    };
  }
  if (error instanceof ReadOnlyDataError) return { code: 'conflict', message: error.message };
  if (error instanceof StorageError || errnoOf(error)) {
    const storage = error instanceof StorageError ? error : new StorageError(error);
    return { code: 'storage', message: storage.message, details: { errno: storage.errno } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong in ${method}: ${message}`, details: undefined };
}

export function createDispatch(handlers: Handlers): (method: string, input: unknown) => Promise<Reply<unknown>> {
  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown-method', message: `There is no method called "${method}".` } };
    }
    const parsed = (contract[method].input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `Not saved: ${listIssues(issues)}. Nothing was changed.`,
          details: { issues },
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, result: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toApiError(error, method) };
    }
  };
}
