import { useEffect } from 'react';
import type { PowerMapHandle } from '../../map/types';

/** Typing settles for this long before the view moves, so the map does not lurch at every letter. */
const SETTLE_MS = 120;

/** Frames the people found whenever the set found changes (not when the same people stay found). */
export function useFrameHits(hits: readonly string[], getMap: () => PowerMapHandle | null, enabled: boolean): void {
  const key = hits.join('\u0000');
  useEffect(
    function frameHitsOnceTypingSettles() {
      if (!enabled || key === '') return;
      const ids = key.split('\u0000');
      const timer = setTimeout(() => getMap()?.frame(ids), SETTLE_MS);
      return () => clearTimeout(timer);
    },
    [key, getMap, enabled],
  );
}
