import { TRPCError } from '@trpc/server';
import { databaseUnavailableReason } from '../db/client';

/**
 * Domain errors thrown by services. Services never know about HTTP or tRPC;
 * `toTRPCError` is the one place that maps them.
 */
export class DomainError extends Error {
  /** The input field the error is about, so forms can show it beside that field. */
  readonly field: string | undefined;
  /** Values the client puts into the translated message (e.g. company names). */
  readonly params: Record<string, string> | undefined;
  constructor(message: string, options: { field?: string; cause?: unknown; params?: Record<string, string> } = {}) {
    super(message, { cause: options.cause });
    this.field = options.field;
    this.params = options.params;
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
}
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
}
export class UnauthorizedError extends DomainError {
  override name = 'UnauthorizedError';
}
export class ConflictError extends DomainError {
  override name = 'ConflictError';
}
export class ValidationError extends DomainError {
  override name = 'ValidationError';
}
export class RateLimitedError extends DomainError {
  override name = 'RateLimitedError';
}
export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
}

const codeByError = new Map<string, TRPCError['code']>([
  ['NotFoundError', 'NOT_FOUND'],
  ['ForbiddenError', 'FORBIDDEN'],
  ['UnauthorizedError', 'UNAUTHORIZED'],
  ['ConflictError', 'CONFLICT'],
  ['ValidationError', 'BAD_REQUEST'],
  ['RateLimitedError', 'TOO_MANY_REQUESTS'],
  ['ServiceUnavailableError', 'SERVICE_UNAVAILABLE'],
]);

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({
    code: codeByError.get(error.name) ?? 'INTERNAL_SERVER_ERROR',
    message: error.message,
    cause: error,
  });
}

/**
 * The domain error a failure stands for: domain errors as they are, and the database being out of
 * reach (refused connections, a terminated backend, a statement timeout) as 503 "try again".
 */
export function asDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (databaseUnavailableReason(error) !== null) {
    return new ServiceUnavailableError('errors.databaseUnavailable', { cause: error });
  }
  return null;
}
