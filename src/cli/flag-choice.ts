import { CliUsageError } from './cli-usage-error';

/** `--<flag> a|b|...`: the value if it is one of `choices`, undefined if the flag is absent. */
export function flagChoice<T extends string>(
  flag: string,
  choices: readonly T[],
  value: string | boolean | undefined,
): T | undefined {
  if (value === undefined) return undefined;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined)
    throw new CliUsageError(`--${flag} must be ${choices.join(' or ')}, got "${String(value)}"`);
  return choice;
}
