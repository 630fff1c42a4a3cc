/**
 * The normative framework against a wave's figures: the compliance matrix (every rule of the
 * catalogue, the indicators that measure or approach it, target met or not, red lines apart). Pure
 * TypeScript: the Directus side reads the catalogue and the figures, this decides.
 */
export { complianceMatrix } from './matrix.ts';
export { crossesRedLine, meetsTarget } from './target.ts';
export { ESTIMATE_ORIGINS, ORIGIN_NAMES, originText, type EstimateOrigin } from './origin.ts';
export type * from './types.ts';
