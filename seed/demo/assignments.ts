import { establishments } from './establishments.ts';
import { enumeratorsOf } from './fieldwork-plan.ts';
import type { AssignmentRecord } from './types.ts';
import { waves } from './waves.ts';

/** The same team in both waves: each enumerator where they interview, the supervisor everywhere. */
export const assignments: readonly AssignmentRecord[] = waves.flatMap((wave) =>
  establishments.flatMap(({ code }) => [
    ...enumeratorsOf(code).map((user) => ({ user, wave: wave.code, establishment: code })),
    { user: 'supervisor1' as const, wave: wave.code, establishment: code },
  ]),
);
