import type { IncomingMessage } from 'node:http';

/** The largest GraphQL request body accepted; real documents are a few KB. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Why a body could not be read. */
export type RequestBodyProblem = 'too-large' | 'aborted';

/** Reads a request body up to MAX_REQUEST_BYTES; resolves with the problem instead of throwing. */
export function readRequestBody(req: IncomingMessage): Promise<Buffer | RequestBodyProblem> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve('too-large');
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
  });
}
