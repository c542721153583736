import type { ReactElement } from 'react';
import type { DialogFormat } from './exportChoices';

/** A small picture of each format on its card, drawn in the current text colour like the app's icons. */
const GLYPHS: Record<DialogFormat, ReactElement> = {
  // a 16:9 slide with a little map on it
  pptx: (
    <>
      <rect x="2.5" y="4.5" width="19" height="12" rx="1.5" />
      <path d="M12 16.5v3M8.5 19.5h7" />
      <circle cx="8" cy="9" r="1.4" />
      <circle cx="15.5" cy="8.5" r="1.4" />
      <circle cx="12" cy="13" r="1.4" />
      <path d="m9.2 9.9 1.8 2M14.6 9.7 13 11.9" />
    </>
  ),
  // a picture: hills and a sun
  png: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="9.5" r="1.8" />
      <path d="m3.5 17.5 5-5 3.5 3.5 2.5-2.5 6 6" />
    </>
  ),
  // a curve with its anchor points and handles
  svg: (
    <>
      <path d="M4.5 18C7 8 17 16 19.5 6" />
      <rect x="3" y="16.5" width="3" height="3" rx="0.5" />
      <rect x="18" y="4.5" width="3" height="3" rx="0.5" />
      <path d="M6 18h5M13 6h5" strokeDasharray="1.5 1.5" />
    </>
  ),
  // a page with a folded corner
  pdf: (
    <>
      <path d="M6 2.8h8l4.5 4.5v13.9H6Z" />
      <path d="M13.8 2.8v4.7h4.7" />
      <path d="M9 12h6.5M9 15h6.5M9 18h4" />
    </>
  ),
  // the account as a file: a folder holding a small map
  powermap: (
    <>
      <path d="M3 7V5.5A1.5 1.5 0 0 1 4.5 4h4l2 2h9A1.5 1.5 0 0 1 21 7.5v10A1.5 1.5 0 0 1 19.5 19h-15A1.5 1.5 0 0 1 3 17.5Z" />
      <circle cx="9" cy="13.5" r="1.4" />
      <circle cx="15" cy="11" r="1.4" />
      <circle cx="15" cy="16" r="1.4" />
      <path d="m10.3 12.9 3.4-1.4M10.3 14.1l3.4 1.4" />
    </>
  ),
};

export function FormatGlyph({ format }: { format: DialogFormat }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {GLYPHS[format]}
    </svg>
  );
}
