/**
 * A 1x1 transparent PNG. Every node without images of its own carries it as its background image: Cytoscape
 * (3.34) flips a node's internal "backgrounding" state twice on each draw of a node with no image, and each
 * flip restyles the node, which throws away the layered textures it zooms and pans with. Large nodes (the
 * bands) are drawn afresh every frame, so without a loaded image every zoom step redrew every element one
 * by one. A PNG, not an SVG: a bitmap is blitted, an SVG is rendered again at each draw.
 */
export const BLANK_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=';
