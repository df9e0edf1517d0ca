// Typed failures: every error that leaves the backend becomes `{ code, message, details }`.
import type { ApiError, ErrorCode } from '../../shared/contract';

export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'BackendError';
  }

  toApiError(): ApiError {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

export const notFound = (what: string, id: string): BackendError => new BackendError('not-found', `No ${what} with id ${id} was found. It may have been deleted.`, { id });
