const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEGMENT = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes unpadded base64url (RFC 4648 §5) into a UTF-8 string; `undefined` when it is not
 * valid base64url or not valid UTF-8. Written by hand because `atob`, `TextDecoder` and
 * `Buffer` are not all present in every runtime the contract targets.
 */
export function decodeBase64Url(segment: string): string | undefined {
  // One leftover character carries only 6 bits: no whole byte, so it cannot be valid.
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) return undefined;
  let buffer = 0;
  let bits = 0;
  let escaped = '';
  for (const char of segment) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      escaped += `%${((buffer >> bits) & 0xff).toString(16).padStart(2, '0')}`;
      buffer &= (1 << bits) - 1;
    }
  }
  try {
    // decodeURIComponent validates UTF-8 for us and throws URIError on bad sequences.
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}
