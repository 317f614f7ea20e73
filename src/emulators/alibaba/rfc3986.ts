/**
 * Percent-encodes a value the way Alibaba Cloud's signers do (RFC 3986 unreserved set):
 * encodeURIComponent plus `! ' ( ) *`, which encodeURIComponent leaves alone.
 */
export function rfc3986Encode(value: string): string {
  return encodeURIComponent(value)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}
