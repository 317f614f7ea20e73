import type { ZodError } from 'zod';

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/**
 * One line per problem: the key that is wrong and what was expected, e.g.
 * `providers.gravitino[0].url: expected an http(s) URL`. Values are never echoed (they may be secrets).
 */
export function formatConfigIssues(error: ZodError, source: string): string {
  const lines = error.issues.map((issue) => {
    const where = formatPath(issue.path) || '(top level)';
    if (issue.code === 'unrecognized_keys')
      return `${where}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    if (issue.code === 'invalid_union_discriminator') {
      return `${where}: expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
    }
    return `${where}: ${issue.message}`;
  });
  return `invalid config ${source}:\n  ${lines.join('\n  ')}`;
}
