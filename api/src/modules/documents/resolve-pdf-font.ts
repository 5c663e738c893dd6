import { existsSync } from 'node:fs';

/** A font that can print Chinese, embedded in every document; or Helvetica, which cannot. */
export type PdfFont = { kind: 'embedded'; path: string; family?: string } | { kind: 'builtin'; name: 'Helvetica' };

/** Where the usual systems keep a CJK font, with the font's name inside the collection. */
export const systemCjkFonts: ReadonlyArray<{ path: string; family: string }> = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/System/Library/Fonts/PingFang.ttc', family: 'PingFangSC-Regular' },
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'MicrosoftYaHei' },
];

/**
 * The font documents are printed with: `PDF_FONT_PATH` (`<file>`, or `<file>#<font name>` to
 * choose a font in a .ttc collection) when it exists, else the first system CJK font found, else
 * Helvetica with a warning saying what to set. Never throws: a missing font must not stop a
 * document from being produced.
 */
export function resolvePdfFont(configured: string | undefined, exists: (path: string) => boolean = existsSync): { font: PdfFont; warning?: string } {
  let warning: string | undefined;
  if (configured) {
    const separator = configured.lastIndexOf('#');
    const path = separator > 0 ? configured.slice(0, separator) : configured;
    const family = separator > 0 ? configured.slice(separator + 1) : undefined;
    if (exists(path)) return { font: { kind: 'embedded', path, ...(family ? { family } : {}) } };
    warning = `PDF_FONT_PATH names ${path}, which does not exist.`;
  }
  const found = systemCjkFonts.find((candidate) => exists(candidate.path));
  if (found) return { font: { kind: 'embedded', path: found.path, family: found.family }, ...(warning ? { warning: `${warning} Using ${found.path} instead.` } : {}) };
  return {
    font: { kind: 'builtin', name: 'Helvetica' },
    warning: `${warning ? `${warning} ` : ''}No font that can print Chinese was found (looked in ${systemCjkFonts.map((candidate) => candidate.path).join(', ')}): documents are printed in Helvetica and say that Chinese text could not be rendered. Install fonts-noto-cjk or set PDF_FONT_PATH to a .ttf/.otf file (or <file.ttc>#<font name>).`,
  };
}
