/** The only characters and length an upstream error code may have to be shown. */
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * One dotted part of a code: an all-digit code (`1003`, `400`), or letters that read as words
 * (`Throttling`, `InvalidParameter`, `RAM`, `NOT_FOUND`), optionally with a short version-like
 * digit suffix (`Ipv6`). Digits inside letters (an access key id's `LTAI5t…`) are the shape of a key.
 */
const CODE_PART = /^(?:\d{1,6}|[A-Za-z]+(?:[_-][A-Za-z]+)*\d{0,2})$/;

/** A run of this many capitals is no acronym an error code uses; it is a key (an AWS key id's run of capitals). */
const LONGEST_CAPITALS = /[A-Z]{7,}/;

/** `NOT_FOUND`-style parts: capital words of ordinary length joined by `_`. */
const SCREAMING_SNAKE = /^[A-Z]{1,10}(?:_[A-Z]{1,10})+$/;

function wordLikePart(part: string): boolean {
  if (!CODE_PART.test(part)) return false;
  return SCREAMING_SNAKE.test(part) || !LONGEST_CAPITALS.test(part);
}

/**
 * The provider's error code if it has the shape of one, else null. It comes from the upstream's
 * body, so it is allowlisted before a client may see it: a code is a few dotted words or a number,
 * never a URL, a host, a token or a key.
 */
export function safeUpstreamCode(code: unknown): string | null {
  if (typeof code !== 'string' || !CODE_SHAPE.test(code)) return null;
  const parts = code.split('.');
  return parts.length <= 4 && parts.every(wordLikePart) ? code : null;
}

/** A UUID (Alibaba's RequestId shape), any case. */
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/**
 * The provider's request id if it is a UUID, else null. Support needs it to find the call; a
 * client needs nothing else in that slot, and a free-form string there could carry anything.
 */
export function safeUpstreamRequestId(requestId: unknown): string | null {
  return typeof requestId === 'string' && UUID.test(requestId) ? requestId : null;
}
