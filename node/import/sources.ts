import { randomUUID } from 'node:crypto';
import { autoMapping, headerSignature } from '../../shared/import/headers';
import { FIELD_TARGETS, type ColumnMapping, type FieldTarget, type ImportSource } from '../../shared/import/types';
import { readTableBytes, readTableText, type ReadOptions, type ReadTable } from './read-source';
import type { Refused } from './refusal';

/**
 * The sources read during an import, held in the main process between the preview and the commit so
 * the page never sends a table back, and re-read with another encoding, sheet or header row on request.
 */

export interface MappingMemory {
  importMapping(signature: string): string[] | null;
}

interface Held {
  fileName: string;
  origin: { bytes: Uint8Array } | { text: string };
  options: ReadOptions;
  read: ReadTable;
}

/** A few sources at most: an import dialog works on one, and a table can be 50 MB. */
const KEEP = 4;

const isTarget = (value: string): value is FieldTarget => (FIELD_TARGETS as readonly string[]).includes(value);

/** The mapping remembered for these headers when it still fits them, else the auto-mapping. */
export function mappingFor(headers: readonly string[], memory: MappingMemory): { mapping: ColumnMapping; remembered: boolean } {
  const stored = memory.importMapping(headerSignature(headers));
  if (stored && stored.length === headers.length && stored.every(isTarget)) return { mapping: stored, remembered: true };
  return { mapping: autoMapping(headers), remembered: false };
}

export function createImportSources(memory: MappingMemory) {
  const held = new Map<string, Held>();

  function keep(sourceId: string, entry: Held): ImportSource {
    held.delete(sourceId);
    held.set(sourceId, entry);
    while (held.size > KEEP) held.delete(held.keys().next().value as string);
    const { mapping, remembered } = mappingFor(entry.read.table.headers, memory);
    return {
      sourceId,
      fileName: entry.fileName,
      kind: entry.read.kind,
      encoding: entry.read.encoding,
      encodingCandidates: entry.read.encodingCandidates,
      delimiter: entry.read.delimiter,
      sheets: entry.read.sheets,
      sheet: entry.read.sheet,
      table: entry.read.table,
      mapping,
      mappingRemembered: remembered,
    };
  }

  async function readHeld(origin: Held['origin'], fileName: string, options: ReadOptions): Promise<ReadTable | Refused> {
    return 'bytes' in origin ? readTableBytes(origin.bytes, fileName, options) : readTableText(origin.text, 'paste', options);
  }

  return {
    async readBytes(bytes: Uint8Array, fileName: string): Promise<ImportSource | Refused> {
      const read = await readTableBytes(bytes, fileName);
      if ('refused' in read) return read;
      return keep(randomUUID(), { fileName, origin: { bytes }, options: {}, read });
    },
    async readText(text: string): Promise<ImportSource | Refused> {
      const read = await readTableText(text, 'paste');
      if ('refused' in read) return read;
      return keep(randomUUID(), { fileName: '', origin: { text }, options: {}, read });
    },
    /** null when the source is no longer held (the page should read it again). */
    async reread(sourceId: string, change: ReadOptions): Promise<ImportSource | Refused | null> {
      const entry = held.get(sourceId);
      if (!entry) return null;
      // A new encoding or sheet moves the header, so a header row chosen before is dropped.
      const options: ReadOptions = { ...entry.options, ...change };
      if ((change.encoding !== undefined || change.sheet !== undefined) && change.headerRow === undefined) delete options.headerRow;
      const read = await readHeld(entry.origin, entry.fileName, options);
      if ('refused' in read) return read;
      return keep(sourceId, { ...entry, options, read });
    },
    get(sourceId: string): { fileName: string; read: ReadTable } | null {
      const entry = held.get(sourceId);
      return entry ? { fileName: entry.fileName, read: entry.read } : null;
    },
  };
}

export type ImportSources = ReturnType<typeof createImportSources>;
