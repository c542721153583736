import { LAYERS } from '../model';
import type { AccountGraph } from './graph';
import { WORKING_RELATIONSHIP } from './graph';
import { finding } from './finding';
import type { Finding, LayerCoverage, LayerCoverageEntry } from './types';

/**
 * Rule 1, layer coverage. A person is covered when we hold a covers link of strength >= 2 with them AND
 * their attitude is neutral or better. Unknown attitude is not neutral: such a person does not cover a
 * layer, and one `unknown-attitude` finding lists everyone in that situation so the KAM knows recording
 * the attitude may change the picture. A missing or uncovered decision layer is critical (nobody there
 * can approve the deal for us); other layers are warnings.
 */
export function layerCoverage(graph: AccountGraph): LayerCoverage {
  const entries = new Map<string, LayerCoverageEntry>(
    LAYERS.map((layer) => [layer, { layer, status: 'missing', personIds: [], coveredIds: [] }]),
  );
  const unknownIdsByLayer = new Map<string, string[]>();
  const unknownIds: string[] = [];

  graph.people.forEach((person, i) => {
    const entry = entries.get(person.layer);
    if (!entry) return;
    entry.personIds.push(person.id);
    if (graph.bestStrength[i]! < WORKING_RELATIONSHIP) return;
    if (graph.attitudeOk[i]) entry.coveredIds.push(person.id);
    else if (person.attitude === 'unknown') {
      unknownIds.push(person.id);
      const inLayer = unknownIdsByLayer.get(person.layer) ?? [];
      inLayer.push(person.id);
      unknownIdsByLayer.set(person.layer, inLayer);
    }
  });

  const findings: Finding[] = [];
  let covered = 0;
  for (const entry of entries.values()) {
    const severity = entry.layer === 'decision' ? 'critical' : 'warning';
    if (entry.personIds.length === 0) {
      entry.status = 'missing';
      findings.push(finding('layerCoverage', 'layer-missing', severity, entry.layer, { params: { layer: entry.layer } }));
    } else if (entry.coveredIds.length === 0) {
      entry.status = 'identified';
      findings.push(
        finding('layerCoverage', 'layer-uncovered', severity, entry.layer, {
          personIds: entry.personIds,
          numbers: { identified: entry.personIds.length, unknownAttitude: unknownIdsByLayer.get(entry.layer)?.length ?? 0 },
          params: { layer: entry.layer },
        }),
      );
    } else {
      entry.status = 'covered';
      covered += 1;
    }
  }
  if (unknownIds.length > 0) {
    findings.push(
      finding('layerCoverage', 'unknown-attitude', 'info', '', {
        personIds: unknownIds,
        numbers: { people: unknownIds.length },
      }),
    );
  }
  const layers = [...entries.values()];
  return { layers, ratio: covered / LAYERS.length, findings };
}
