import type { ReactElement, SVGProps } from 'react';

/** Small line icons drawn for this app (16 px grid, stroke follows the text colour). */
const paths = {
  back: <path d="M10 3 5 8l5 5" />,
  person: (
    <>
      <circle cx="8" cy="5" r="2.6" />
      <path d="M3 14c.4-3 2.4-4.6 5-4.6s4.6 1.6 5 4.6" />
    </>
  ),
  team: (
    <>
      <circle cx="6" cy="5.5" r="2.2" />
      <circle cx="11.3" cy="6.3" r="1.8" />
      <path d="M1.8 13.5c.4-2.6 2-4 4.2-4s3.8 1.4 4.2 4M10.4 10c2 0 3.4 1.1 3.8 3.3" />
    </>
  ),
  link: (
    <>
      <circle cx="3.5" cy="12.5" r="1.8" />
      <circle cx="12.5" cy="3.5" r="1.8" />
      <path d="M4.9 11.1 11.1 4.9" />
    </>
  ),
  undo: <path d="M5.5 3 2.5 6l3 3M2.8 6h6.7a4 4 0 0 1 0 8H6" />,
  redo: <path d="M10.5 3l3 3-3 3M13.2 6H6.5a4 4 0 0 0 0 8H10" />,
  fit: <path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />,
  zoomIn: (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.3 10.3 3.4 3.4M5 7h4M7 5v4" />
    </>
  ),
  zoomOut: (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.3 10.3 3.4 3.4M5 7h4" />
    </>
  ),
  legend: <path d="M2.5 4h1M6 4h7.5M2.5 8h1M6 8h7.5M2.5 12h1M6 12h7.5" />,
  coversLines: (
    <>
      <rect x="1.5" y="6" width="4" height="4" rx="1" />
      <circle cx="12.5" cy="3.5" r="2" />
      <circle cx="12.5" cy="12.5" r="2" />
      <path d="M5.5 7.2 10.6 4.3M5.5 8.8l5.1 2.9" />
    </>
  ),
  globe: (
    <>
      <circle cx="8" cy="8" r="5.8" />
      <path d="M2.2 8h11.6M8 2.2c1.7 1.7 2.5 3.6 2.5 5.8S9.7 12.1 8 13.8C6.3 12.1 5.5 10.2 5.5 8S6.3 3.9 8 2.2Z" />
    </>
  ),
  theme: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 2.5v11a5.5 5.5 0 0 0 0-11Z" fill="currentColor" />
    </>
  ),
  exportFile: <path d="M8 10V2.5M5 5.2 8 2.2l3 3M3 9.5v3.8h10V9.5" />,
  importFile: <path d="M8 2.5V10M5 7.2l3 3 3-3M3 9.5v3.8h10V9.5" />,
  search: (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.3 10.3 3.4 3.4" />
    </>
  ),
  trash: <path d="M3 4.5h10M6.3 4.5V3h3.4v1.5M4.3 4.5l.7 9h6l.7-9M6.8 7v4M9.2 7v4" />,
  pencil: <path d="m10.5 2.8 2.7 2.7L6 12.7l-3.4.7.7-3.4 7.2-7.2Z" />,
  close: <path d="m4 4 8 8M12 4l-8 8" />,
  plus: <path d="M8 3v10M3 8h10" />,
  lock: (
    <>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1.2" />
      <path d="M5.5 7V5.2a2.5 2.5 0 0 1 5 0V7" />
    </>
  ),
  check: <path d="m3.5 8.5 3 3 6-6.5" />,
  alert: (
    <>
      <path d="M8 2.2 14 13H2L8 2.2Z" />
      <path d="M8 6.5v3M8 11.2v.3" />
    </>
  ),
  arrowRight: <path d="M3 8h10M9.5 4.5 13 8l-3.5 3.5" />,
  arrowLeft: <path d="M13 8H3M6.5 4.5 3 8l3.5 3.5" />,
  building: <path d="M3 13.5V3.5h6.5v10M9.5 6.5h3.5v7M2 13.5h12M5.2 6h2M5.2 8.5h2M5.2 11h2" />,
  flag: <path d="M3.5 14V2.5M3.5 3h8l-1.8 2.7 1.8 2.8h-8" />,
  layers: <path d="m8 2.5 5.5 3L8 8.5l-5.5-3L8 2.5ZM2.5 8.3 8 11.3l5.5-3M2.5 11 8 14l5.5-3" />,
  swap: <path d="M3 5.5h9.5M10 3l2.5 2.5L10 8M13 10.5H3.5M6 8l-2.5 2.5L6 13" />,
  critical: (
    <>
      <path d="M5.6 1.8h4.8l3.4 3.4v4.8l-3.4 3.4H5.6l-3.4-3.4V5.2l3.4-3.4Z" />
      <path d="M8 4.8v3.6M8 10.8v.3" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="5.8" />
      <path d="M8 7.3v3.9M8 5v.2" />
    </>
  ),
  eye: (
    <>
      <path d="M1.8 8S4 3.8 8 3.8 14.2 8 14.2 8 12 12.2 8 12.2 1.8 8 1.8 8Z" />
      <circle cx="8" cy="8" r="2" />
    </>
  ),
  eyeOff: (
    <>
      <path d="M1.8 8S4 3.8 8 3.8 14.2 8 14.2 8 12 12.2 8 12.2 1.8 8 1.8 8Z" />
      <circle cx="8" cy="8" r="2" />
      <path d="m2.5 13.5 11-11" />
    </>
  ),
  userMinus: (
    <>
      <circle cx="6.5" cy="5" r="2.5" />
      <path d="M1.8 14c.4-2.9 2.2-4.5 4.7-4.5 1.3 0 2.4.4 3.2 1.2M10.5 11.5h4" />
    </>
  ),
  userPlus: (
    <>
      <circle cx="6.5" cy="5" r="2.5" />
      <path d="M1.8 14c.4-2.9 2.2-4.5 4.7-4.5 1.3 0 2.4.4 3.2 1.2M10.5 11.5h4M12.5 9.5v4" />
    </>
  ),
  statusMissing: <circle cx="8" cy="8" r="5.3" strokeDasharray="2.2 2" />,
  statusIdentified: (
    <>
      <circle cx="8" cy="8" r="5.3" />
      <path d="M8 2.7a5.3 5.3 0 0 1 0 10.6Z" fill="currentColor" stroke="none" />
    </>
  ),
  statusCovered: (
    <>
      <circle cx="8" cy="8" r="5.8" fill="currentColor" stroke="none" />
      <path d="m5.4 8.2 1.8 1.8 3.4-3.8" stroke="var(--surface, #fff)" />
    </>
  ),
  portfolio: (
    <>
      <rect x="2" y="4.5" width="12" height="9" rx="1.5" />
      <path d="M5.8 4.5V3a1 1 0 0 1 1-1h2.4a1 1 0 0 1 1 1v1.5M2 8.5h12" />
    </>
  ),
  sortNone: <path d="m5 6 3-3 3 3M5 10l3 3 3-3" />,
  sortAsc: <path d="m5 7 3-3 3 3M8 4v8.5" />,
  sortDesc: <path d="m5 9 3 3 3-3M8 12V3.5" />,
  route: (
    <>
      <circle cx="3.5" cy="12.5" r="1.6" />
      <circle cx="12.5" cy="3.5" r="1.6" />
      <path d="M5 12.5h4.2a2.3 2.3 0 0 0 0-4.6H6.8a2.3 2.3 0 0 1 0-4.6H11" />
    </>
  ),
  chevronDown: <path d="m4 6 4 4 4-4" />,
  present: (
    <>
      <rect x="1.8" y="2.5" width="12.4" height="8.2" rx="1" />
      <path d="M8 10.7v2.6M5.2 13.8h5.6M6.6 5v3.2L9.4 6.6Z" />
    </>
  ),
  exit: <path d="M6.5 2.5h-3a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h3M10 5l3 3-3 3M13 8H6" />,
  shield: <path d="M8 1.8 13 3.6v4c0 3.2-2.1 5.4-5 6.6-2.9-1.2-5-3.4-5-6.6v-4L8 1.8Z" />,
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16, ...rest }: { name: IconName; size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {paths[name]}
    </svg>
  );
}
