import type { ServerResponse } from 'node:http';
import type { EmulatorResponse, FaultSpec } from './emulator-types';

/** Serializes a response body the way every emulator answers: UTF-8 JSON. */
export function encodeBody(response: EmulatorResponse): Buffer {
  return Buffer.from(JSON.stringify(response.body ?? null), 'utf8');
}

function writeHead(res: ServerResponse, response: EmulatorResponse, length: number): void {
  res.writeHead(response.status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': String(length),
    ...response.headers,
  });
}

/** Writes a whole response. */
export function writeResponse(res: ServerResponse, response: EmulatorResponse): void {
  const body = encodeBody(response);
  writeHead(res, response, body.length);
  res.end(body);
}

/**
 * Writes a response shaped by a body fault:
 * - malformed: a complete HTTP message whose JSON is cut off mid-object;
 * - truncate: Content-Length promises the whole body, half is sent, then the socket closes;
 * - slowBody: the whole body, dripped at `bytesPerSecond` in 10 ticks a second.
 * Resolves when the response ended or the client went away.
 */
export function writeFaultedResponse(
  res: ServerResponse,
  response: EmulatorResponse,
  fault: Extract<FaultSpec, { kind: 'malformed' | 'truncate' | 'slowBody' }>,
  timers: Set<NodeJS.Timeout>,
): Promise<void> {
  const body = encodeBody(response);
  if (fault.kind === 'malformed') {
    const broken = body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
    writeHead(res, { ...response, status: 200 }, broken.length);
    res.end(broken);
    return Promise.resolve();
  }
  writeHead(res, response, body.length);
  if (fault.kind === 'truncate') {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return Promise.resolve();
  }
  const chunkSize = Math.max(1, Math.floor(fault.bytesPerSecond / 10));
  return new Promise((resolve) => {
    let offset = 0;
    const timer = setInterval(() => {
      if (res.destroyed || offset >= body.length) {
        clearInterval(timer);
        timers.delete(timer);
        if (!res.destroyed) res.end();
        resolve();
        return;
      }
      res.write(body.subarray(offset, offset + chunkSize));
      offset += chunkSize;
      if (offset >= body.length) {
        clearInterval(timer);
        timers.delete(timer);
        res.end();
        resolve();
      }
    }, 100);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
      resolve();
    });
  });
}
