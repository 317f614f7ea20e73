/** What a redacted value reads as. */
export const REDACTED = '[redacted]';

/** Keys whose values are credentials in Spark, Hadoop and shell environments (e.g. `spark.hadoop.fs.s3a.secret.key`, `AWS_SECRET_ACCESS_KEY`). */
const SECRET_KEY =
  /(secret|passw(or)?d|token|credential|private[._-]?key|access[._-]?key|api[._-]?key|auth)/i;

/**
 * Replaces the values of secret-looking keys in a free-form map. Job templates carry their
 * environment and configs as plain maps; a gateway that shows them to every reader must not
 * show the credentials someone put there.
 */
export function redactSecretValues(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).map(([key, value]) => [key, SECRET_KEY.test(key) ? REDACTED : value]),
  );
}
