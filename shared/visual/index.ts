export * from './vocabulary';
export { mapLabels, type MapLabels } from './labels';
export { wrapText, textWidth } from './text';
export { buildScene, type Scene, type SceneOptions, type SceneNode, type SceneEdge, type SceneBand, type SceneText, type SceneChip } from './scene';
export { sceneToSvg, escapeXml, shapeElement, chipsBottom } from './svg';
export { xmlSafeText, withXmlSafeText } from './xml-text';
