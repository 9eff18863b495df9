// The one definition of "the text" that offsets count over: UTF-8 decoded,
// a leading BOM removed, CRLF and lone CR turned into LF. A Windows checkout
// and a Linux one therefore agree on every offset.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8 (never half-read) and normalises the result. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: normalizeText(strictUtf8.decode(bytes)) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
}

export function normalizeText(raw: string): string {
  // every leading BOM, not just one: the decoder (and VS Code) already took one
  // off, and normalising twice must not change the text again
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.replace(/^\ufeff+/, '') : raw;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}
