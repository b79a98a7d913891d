/**
 * Opening and saving the pack file. The file is read in this page and saved
 * back through the browser's own download: nothing is uploaded, and nothing
 * is kept once the page is closed (the pack lives only in the page's memory).
 */
import { parseJson } from '../../rules/json-text';
import { MAX_PACK_BYTES, SIGNED_PACK_FORMAT } from '../../rules/signed-pack';
import type { StudioStrings } from '../../components/studio-strings';
import type { Json } from './pack-edit';

export type Opened = { ok: true; document: Json } | { ok: false; problem: string };

export async function readPackFile(file: File, s: StudioStrings): Promise<Opened> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, problem: s.tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: s.notText };
  }
  return packFromText(text, s);
}

export function packFromText(text: string, s: StudioStrings): Opened {
  // Only where the JSON breaks (line and column), never the parser's message: it quotes the file.
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: s.notPack };
  // Signing stays in the CLI: the studio edits the pack itself, never an envelope it could not re-sign.
  if ((value as Record<string, unknown>).format === SIGNED_PACK_FORMAT) return { ok: false, problem: s.signedFile };
  return { ok: true, document: value as Json };
}

/** The name the saved file gets: the opened file's, or the pack's id. */
export function saveName(opened: string | null, document: Json): string {
  if (opened && /\.json$/i.test(opened) && !/\.signed\.json$/i.test(opened)) return opened;
  const id = document !== null && typeof document === 'object' && !Array.isArray(document) ? document.id : undefined;
  return `${typeof id === 'string' && /^[a-z0-9][a-z0-9.-]{0,63}$/.test(id) ? id : 'pack'}.json`;
}

/** Hands the pack to the browser's download, as the JSON `postcheck sign` reads (two-space indented, ending in a newline). */
export function downloadPack(document: Json, name: string): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: name });
  link.click();
  // The click has started the download; the object URL (the pack in memory) can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
