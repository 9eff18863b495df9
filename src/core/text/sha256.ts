// The `sha256` of a sidecar: of the UTF-8 bytes of the normalised article
// text (normalizeText), so CRLF and LF checkouts agree.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const utf8 = new TextEncoder();

/** Lower-case hex SHA-256 of `text` as UTF-8. Pass the normalised text. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8.encode(text)));
}
