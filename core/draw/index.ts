/**
 * The seeded, replayable draw of the minors to interview in one establishment (README.md). Pure
 * TypeScript: no Directus, no Node built-ins, so the app and the server draw with the same code.
 *
 *   const result = drawSample({ codes, rate: 0.25, panel, seed: 'OMP-2026', stratum: 'CRE-OUJDA' });
 *   if (result.ok) result.draw; // { target, selected, replacements, listSha256 }
 */
export { canonicalList, drawSample, shuffle, streamFor, type Draw, type DrawResult } from './draw.ts';
export { drawInputSchema, PARTICIPANT_CODE_PATTERN, seedSchema, type DrawInput } from './input.ts';
export { sha256, sha256Hex } from './sha256.ts';
export { xoshiro128ss, type Generator } from './xoshiro128.ts';
