import { REDACTED, redactForLog } from '../../../src/errors/redact-for-log';
import { PLANTED_SECRETS } from '../../helpers/planted-secrets';

describe('redactForLog', () => {
  it.each(PLANTED_SECRETS.map((secret) => [secret.name, secret] as const))(
    'removes %s, wherever it sits in a sentence',
    (_name, secret) => {
      for (const text of [
        secret.text,
        `Connection to ${secret.text} failed`,
        `cause: "${secret.text}", retry later`,
      ]) {
        const redacted = redactForLog(text);
        for (const fragment of secret.fragments) expect(redacted).not.toContain(fragment);
      }
    },
  );

  it('keeps plain words, names and short numbers, so the log still says what went wrong', () => {
    expect(
      redactForLog('Failed to operate job(s) [job-9] operation [GET] under object [m], reason [no job]'),
    ).toBe('Failed to operate job(s) [redacted] operation [GET] under object [m], reason [no job]');
    expect(redactForLog('NoSuchJobException: Request was denied due to user flow control (code 1003).')).toBe(
      'NoSuchJobException: Request was denied due to user flow control (code 1003).',
    );
    expect(redactForLog('The specified jobTemplateName prod_lake does not exist')).toBe(
      'The specified jobTemplateName prod_lake does not exist',
    );
  });

  it('collapses runs of redacted tokens and keeps one line, however the text was broken up', () => {
    expect(redactForLog('at a.b.C(X.java:1)\n\tat d.e.F(Y.java:2)\r\nInjected: fake log line')).toBe(
      `at ${REDACTED} at ${REDACTED} Injected: fake log line`,
    );
    expect(redactForLog('x\u2028y\u0000z')).toBe('x y z');
  });

  it('drops random-looking letters (case flipping every character or two), long runs and anything not a string', () => {
    expect(redactForLog('key AbCdEfGhIjKl')).toBe(`key ${REDACTED}`);
    expect(redactForLog(`x ${'a'.repeat(40)}`)).toBe(`x ${REDACTED}`);
    expect(redactForLog(undefined)).toBe('');
    expect(redactForLog({ message: 'secret' })).toBe('');
  });

  it('caps the length of what it keeps', () => {
    const redacted = redactForLog(Array.from({ length: 500 }, () => 'word').join(' '));
    expect(redacted.split(' ').length).toBeLessThanOrEqual(41);
    expect(redacted.endsWith('…')).toBe(true);
  });
});

describe('redactForLog, hostile input', () => {
  it('redacts the token after a credential word, however plain it looks', () => {
    expect(redactForLog('Authorization: Bearer abcdef')).toBe(`Authorization: ${REDACTED}`);
    expect(redactForLog('wrong password hunter for user')).toBe(`wrong password ${REDACTED} for user`);
  });

  it('never keeps the cut-off end of a long text: it may be half of a secret', () => {
    const text = `failed ${' '.repeat(4096 - 'failed '.length - 'hunter'.length)}hunter2 again`;
    expect(redactForLog(text)).toBe('failed …');
  });

  it('drops huge tokens before any pattern runs on them', () => {
    expect(redactForLog(`${')'.repeat(4000)}x tail`)).toBe(`${REDACTED} tail`);
    expect(redactForLog(`ok (${'a'.repeat(100_000)}`)).toBe('ok …');
  });
});
