import { existsSync } from 'node:fs';

/**
 * A font with Chinese glyphs for PDF text. PDF viewers only show what the file embeds, and PDFKit's
 * built-in fonts cover Latin only, so a Chinese name would come out blank. Each system keeps its CJK
 * font elsewhere; the first one found is used. `postscriptName` picks the face inside a collection (.ttc).
 */
export interface FontFile {
  path: string;
  postscriptName?: string;
}

const CANDIDATES: readonly FontFile[] = [
  // Linux (Debian/Ubuntu fonts-noto-cjk, Fedora google-noto-sans-cjk)
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' },
  // macOS
  { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Regular' },
  { path: '/System/Library/Fonts/STHeiti Light.ttc', postscriptName: 'STHeitiSC-Light' },
  { path: '/Library/Fonts/Arial Unicode.ttf' },
  // Windows
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', postscriptName: 'MicrosoftYaHei' },
  { path: 'C:\\Windows\\Fonts\\simhei.ttf' },
];

export function findCjkFont(exists: (path: string) => boolean = existsSync): FontFile | null {
  return CANDIDATES.find((font) => exists(font.path)) ?? null;
}

export function findCjkBoldFont(exists: (path: string) => boolean = existsSync): FontFile | null {
  const bold = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' };
  return exists(bold.path) ? bold : null;
}
