import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { ITEM_NODES } from './gestures';

/**
 * Pointer hover over nodes: after a short pause the hovered node becomes the focus (its links come
 * forward, focus.ts), and after a longer one a person's card is shown next to it. Anything that moves
 * the picture (drag, pan, zoom, a press) hides the card at once.
 */

/** Long enough that sweeping the pointer across the map does not restyle links at every node passed. */
const FOCUS_DELAY_MS = 90;
const CARD_DELAY_MS = 420;

export interface CardAnchor {
  id: string;
  /** the node's box in container pixels */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HoverCallbacks {
  onHoverFocus(id: string | null): void;
  onCard(anchor: CardAnchor | null): void;
}

export function nodeAnchor(node: NodeSingular): CardAnchor {
  const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
  return { id: node.id(), left: box.x1, top: box.y1, right: box.x2, bottom: box.y2 };
}

export function bindHover(cy: Core, callbacks: HoverCallbacks): { dispose(): void } {
  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  let cardTimer: ReturnType<typeof setTimeout> | undefined;
  let cardShown = false;

  function hideCard(): void {
    clearTimeout(cardTimer);
    cardTimer = undefined;
    if (cardShown) {
      cardShown = false;
      callbacks.onCard(null);
    }
  }

  function onOver(evt: EventObject): void {
    const node = evt.target as NodeSingular;
    const id = node.id();
    clearTimeout(focusTimer);
    focusTimer = setTimeout(() => callbacks.onHoverFocus(id), FOCUS_DELAY_MS);
    hideCard();
    if (node.data('kind') !== 'person' || node.grabbed()) return;
    cardTimer = setTimeout(() => {
      if (node.removed()) return;
      cardShown = true;
      callbacks.onCard(nodeAnchor(node));
    }, CARD_DELAY_MS);
  }

  function onOut(): void {
    clearTimeout(focusTimer);
    focusTimer = setTimeout(() => callbacks.onHoverFocus(null), FOCUS_DELAY_MS);
    hideCard();
  }

  cy.on('mouseover', ITEM_NODES, onOver);
  cy.on('mouseout', ITEM_NODES, onOut);
  cy.on('grab tapstart viewport remove', hideCard);

  return {
    dispose() {
      clearTimeout(focusTimer);
      clearTimeout(cardTimer);
      cy.removeListener('mouseover', ITEM_NODES, onOver);
      cy.removeListener('mouseout', ITEM_NODES, onOut);
      cy.removeListener('grab tapstart viewport remove', hideCard);
    },
  };
}
