/** What stands in for every token the redactor does not keep. */
export const REDACTED = '[redacted]';

/** Longest redacted text a log line carries: enough to recognise the failure, not a dump. */
const MAX_TOKENS = 40;

/** Punctuation that may wrap a kept word (`[GET]`, `"job",`); none of it can carry a secret by itself. */
const EDGE_PUNCTUATION = /^[[({"'`]*(.*?)[\])}"'`.,;:!?]*$/s;

/**
 * Word shapes that are kept: lower-case words, Capitalised words, short ACRONYMS, camelCase and
 * PascalCase names whose humps are real syllables, `word(s)`, words joined by `_`/`-`, and short
 * numbers. Random keys almost always mix digits into letters or alternate case every one or two
 * characters, and neither shape is here.
 */
const KEPT_WORD = [
  /^[a-z]{1,24}$/,
  /^[A-Z][a-z]{1,23}$/,
  /^[A-Z]{1,8}$/,
  /^(?:[A-Z]{2,5}(?=[A-Z][a-z])|[A-Z][a-z]+){2,}$/,
  /^[a-z]+(?:[A-Z][a-z]+){1,5}$/,
  /^[a-z]{1,24}\(s\)?$/,
  /^[a-z]{1,16}(?:[_-][a-z]{1,16}){1,3}$/,
  /^\d{1,6}$/,
];

/**
 * Words after which the next token is a credential, however plain it looks (`Bearer abcdef`,
 * `password hunter`): the one place where context, not shape, decides.
 */
const CREDENTIAL_LEAD =
  /^(?:bearer|basic|token|password|passwd|pwd|secret|apikey|key|credentials?|authorization)[:=]?$/i;

/** How much of the text is looked at: MAX_TOKENS words never need more. */
const MAX_SCANNED = 4096;

/** Longest word kept at all; longer letter runs are treated as opaque blobs. */
const MAX_WORD_LENGTH = 32;

function keep(token: string): boolean {
  // Checked before any pattern runs, so a huge token costs nothing (no super-linear matching).
  if (token.length > MAX_WORD_LENGTH + 8) return false;
  const core = EDGE_PUNCTUATION.exec(token)?.[1] ?? token;
  if (core === '') return true;
  if (core.length > MAX_WORD_LENGTH) return false;
  // Real names have syllables; case flipping every character or two (`AbCdEfGh`) is a random key.
  const humps = core.match(/[A-Z]/g)?.length ?? 0;
  if (humps > 1 && /[a-z]/.test(core) && core.length / humps < 3) return false;
  return KEPT_WORD.some((shape) => shape.test(core));
}

/** Control characters split tokens too, so no log line can be forged with a newline. */
// eslint-disable-next-line no-control-regex
const TOKEN_SEPARATORS = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/u;

/**
 * Makes upstream free text fit for a server log line by an allowlist, not a list of known secrets:
 * the text is split on whitespace and every token that is not a plain word or a short number
 * becomes `[redacted]`. So anything holding `://`, `@`, `=`, `:`, a dot inside it (host names,
 * JWTs, STS tokens), digits mixed into letters (access keys), base64 or hex runs, IP addresses or
 * key headers is gone, whether or not anyone thought of that secret's format. The result is one
 * line, at most MAX_TOKENS tokens; '' for anything that is not a string.
 */
export function redactForLog(text: unknown): string {
  if (typeof text !== 'string') return '';
  const cut = text.length > MAX_SCANNED;
  const tokens = text
    .slice(0, MAX_SCANNED)
    .split(TOKEN_SEPARATORS)
    .filter((token) => token !== '');
  // The last token of a cut text may be half of a secret that would pass as a word.
  if (cut) tokens.pop();
  const out: string[] = [];
  let previous = '';
  for (const token of tokens.slice(0, MAX_TOKENS)) {
    const afterCredentialWord = CREDENTIAL_LEAD.test(EDGE_PUNCTUATION.exec(previous)?.[1] ?? previous);
    previous = token.length > MAX_WORD_LENGTH ? '' : token;
    const shown = !afterCredentialWord && keep(token) ? token : REDACTED;
    // Runs of redacted tokens collapse, so the log does not reveal how many pieces a secret had.
    if (shown === REDACTED && out[out.length - 1] === REDACTED) continue;
    out.push(shown);
  }
  if (tokens.length > MAX_TOKENS || cut) out.push('…');
  return out.join(' ');
}
