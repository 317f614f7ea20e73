import type { ChangeEvent } from 'react';
import { providerLabel } from '../common/format';
import { PROVIDERS, STATUSES, type JobsUrlFilter, type WindowName } from './jobs-url-filter';

const WINDOW_LABELS: Readonly<Record<WindowName, string>> = {
  '1h': 'last hour',
  '24h': 'last 24 hours',
  '7d': 'last 7 days',
  '30d': 'last 30 days',
};

/** Provider, status and time window pickers; each change goes to the URL through `onChange`. */
export function JobFilterBar({
  filter,
  onChange,
}: {
  filter: JobsUrlFilter;
  onChange: (next: JobsUrlFilter) => void;
}) {
  const pick =
    <K extends keyof JobsUrlFilter>(key: K) =>
    (event: ChangeEvent<HTMLSelectElement>) => {
      const { [key]: _dropped, ...rest } = filter;
      onChange(event.target.value ? { ...rest, [key]: event.target.value } : rest);
    };
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Provider{' '}
        <select name="provider" value={filter.provider ?? ''} onChange={pick('provider')}>
          <option value="">all</option>
          {PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {providerLabel(provider)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select name="status" value={filter.status ?? ''} onChange={pick('status')}>
          <option value="">any</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label>
        Created{' '}
        <select name="window" value={filter.window ?? ''} onChange={pick('window')}>
          <option value="">any time</option>
          {Object.entries(WINDOW_LABELS).map(([window, label]) => (
            <option key={window} value={window}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
