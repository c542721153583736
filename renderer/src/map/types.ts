import type { AccountData, Layer } from '../../../shared/model';

/**
 * The map is a controlled component: it draws `data` and reports gestures; it never writes to stores
 * or IPC itself. The shell turns gestures into edits (with undo) and passes new data back; the map
 * applies the difference to the graph inside one cy.batch, never rebuilding it.
 */
export interface PowerMapProps {
  data: AccountData;
  /** ids of selected people, team members and links */
  selection: readonly string[];
  theme: 'light' | 'dark';
  /** 'en' or 'zh-CN': band names, legend and badges follow it */
  locale: string;
  onSelectionChange(ids: string[]): void;
  /** Double-click on empty space in a band. */
  onAddPerson(layer: Layer, position: { x: number; y: number }): void;
  /** Drag end. `layer` is set when a person was dropped in another band. */
  onMoveNodes(moves: { id: string; x: number; y: number; layer?: Layer }[]): void;
  /** A link drawn by dragging from one node to another; the shell asks which kind. */
  onDrawLink(fromId: string, toId: string): void;
}

/** Imperative handle for toolbar and keyboard commands. */
export interface PowerMapHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** Frames the given elements (e.g. a search hit). */
  frame(ids: readonly string[]): void;
}
