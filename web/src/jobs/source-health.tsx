import { graphql, useFragment } from 'react-relay';
import type { SourceHealth_sources$key } from '../__generated__/SourceHealth_sources.graphql';
import { providerLabel } from '../common/format';

/**
 * One chip per provider instance in scope (`jobs.sources`): OK, DEGRADED (cut at the deadline) or
 * FAILED with its typed error code. The jobs of the others are still listed below.
 */
export function SourceHealth({ sources }: { sources: SourceHealth_sources$key }) {
  const data = useFragment(
    graphql`
      fragment SourceHealth_sources on JobSource @relay(plural: true) {
        provider
        instance
        status
        read
        sourceCount
        sourcesRead
        error {
          code
          message
        }
      }
    `,
    sources,
  );
  return (
    <ul className="source-health" aria-label="Provider health">
      {data.map((source) => (
        <li
          key={`${source.provider}/${source.instance}`}
          className={`source source-${source.status.toLowerCase()}`}
          data-provider={source.provider}
          data-status={source.status}
          title={source.error?.message ?? `${source.sourcesRead} of ${source.sourceCount} lists read`}
        >
          <strong>{providerLabel(source.provider)}</strong>{' '}
          <span className="instance">{source.instance}</span>{' '}
          <span className="source-status">{source.status}</span>
          {source.error && <code className="source-error">{source.error.code}</code>}
        </li>
      ))}
    </ul>
  );
}
