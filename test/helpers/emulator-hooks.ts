import type { LoggedRequest, QueuedFault } from '../../src/emulators/shared/emulator-types';

/** Queues faults through the emulator's HTTP hook, as an outside test harness would. */
export async function postFaults(baseUrl: string, faults: QueuedFault | QueuedFault[]): Promise<void> {
  const response = await fetch(`${baseUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (response.status !== 201)
    throw new Error(`fault hook answered ${response.status}: ${await response.text()}`);
}

/** Reads the request log through the HTTP hook. */
export async function getRequestLog(baseUrl: string, operation?: string): Promise<LoggedRequest[]> {
  const query = operation ? `?operation=${encodeURIComponent(operation)}` : '';
  const response = await fetch(`${baseUrl}/_emulator/requests${query}`);
  const body = (await response.json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/** Clears the request log and any pending faults through the HTTP hooks. */
export async function resetEmulator(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/_emulator/requests`, { method: 'DELETE' });
  await fetch(`${baseUrl}/_emulator/faults`, { method: 'DELETE' });
}
