import { BadUserInputError } from '../errors/bad-user-input.error';
import type { CursorCodec } from './cursor-codec';

/** GitHub's rule: a page holds 1..100 items. */
export const MAX_PAGE_SIZE = 100;
/** Used when a client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay connection arguments as a client sends them. */
export interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** Validated arguments: exactly one direction, a size in range. */
export type PageRequest =
  | { readonly direction: 'forward'; readonly size: number; readonly after: string | null }
  | { readonly direction: 'backward'; readonly size: number; readonly before: string | null };

function checkSize(value: number, argument: 'first' | 'last'): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `"${argument}" must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${value}.`,
      { argument },
    );
  }
  return value;
}

/**
 * Validates first/after/last/before. Forward paging is the default (`first` = 20). Mixing
 * directions is refused rather than guessed at, as GitHub does.
 */
export function toPageRequest(
  args: ConnectionArgs,
  options: { backward: boolean } = { backward: true },
): PageRequest {
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) {
    throw new BadUserInputError('Use either first/after or last/before, not both.', {
      argument: args.first != null ? 'last' : 'before',
    });
  }
  if (backward) {
    if (!options.backward) {
      throw new BadUserInputError(
        'This list can only be paged forward (first/after): its upstream API pages with a forward-only token.',
        {
          argument: args.last != null ? 'last' : 'before',
        },
      );
    }
    return {
      direction: 'backward',
      size: checkSize(args.last ?? DEFAULT_PAGE_SIZE, 'last'),
      before: args.before ?? null,
    };
  }
  return {
    direction: 'forward',
    size: checkSize(args.first ?? DEFAULT_PAGE_SIZE, 'first'),
    after: args.after ?? null,
  };
}

/**
 * Decodes the request's cursor against the connection's binding before any upstream call, so a
 * tampered or foreign cursor costs nothing upstream (slicing decodes it again for its position).
 */
export function checkCursor(codec: CursorCodec, request: PageRequest, binding: string): void {
  if (request.direction === 'forward' && request.after !== null)
    codec.decode(request.after, binding, 'after');
  if (request.direction === 'backward' && request.before !== null)
    codec.decode(request.before, binding, 'before');
}
