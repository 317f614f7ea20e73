import type { LoggedRequest } from './emulator-types';

/** Oldest entries are dropped past this many, so a long load test cannot exhaust memory. */
const MAX_ENTRIES = 200_000;

/** The log behind `GET /_emulator/requests`: what each emulator received, in arrival order. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Appends an entry; the caller may still set its `status` and `fault` once they are known. */
  add(entry: LoggedRequest): LoggedRequest {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  /** A snapshot copy of the log. */
  list(): LoggedRequest[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}
