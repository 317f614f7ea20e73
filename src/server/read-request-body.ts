import type { IncomingMessage } from 'node:http';

/** The default largest GraphQL request body accepted; real documents are a few KB. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Why a body could not be read. */
export type RequestBodyProblem = 'too-large' | 'aborted';

/**
 * Reads a request body up to `limit` bytes; resolves with the problem instead of throwing. Past
 * the limit it stops keeping data but leaves the socket open, so that the caller can still answer
 * 413 (destroying it here would reset the connection before any answer).
 */
export function readRequestBody(
  req: IncomingMessage,
  limit = MAX_REQUEST_BYTES,
): Promise<Buffer | RequestBodyProblem> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return resolve('too-large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) return;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
  });
}
