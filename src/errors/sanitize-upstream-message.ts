/** Longest upstream sentence we pass on; past that it is cut, since it is there to help, not to dump. */
const MAX_LENGTH = 200;

/**
 * Makes an upstream's own error sentence safe to show: drops URLs, host names, anything shaped
 * like an AccessKey or token, Java stack frames, and control characters. Returns undefined when
 * nothing useful is left.
 */
export function sanitizeUpstreamMessage(message: unknown): string | undefined {
  if (typeof message !== 'string') return undefined;
  const firstLine = message.split(/\r?\n/)[0] ?? '';
  const clean = firstLine
    .replace(/\bhttps?:\/\/\S+/gi, '[url]')
    .replace(/\b(?:[a-z0-9-]+\.)+(?:aliyuncs\.com|aliyun\.com|alibabacloud\.com|internal|local)\b(?::\d+)?/gi, '[host]')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '[host]')
    .replace(/\bLTAI[0-9A-Za-z]{8,}\b/g, '[credential]')
    .replace(/\b(?:Bearer|Basic)\s+\S+/gi, '[credential]')
    .replace(/\bat (?:org|com|java|sun|jdk)\.[\w.$]+\([^)]*\)/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim();
  if (clean === '') return undefined;
  return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH - 1)}…` : clean;
}
