import { establishments } from './establishments.ts';
import { enumeratorsOf } from './fieldwork-plan.ts';
import type { AssignmentRecord, DemoScenario } from './types.ts';
import { wavesOf } from './waves.ts';

/** The same team in every wave: each enumerator where they interview, the supervisor everywhere. */
export function assignmentsOf(scenario: DemoScenario): readonly AssignmentRecord[] {
  return wavesOf(scenario).flatMap((wave) =>
    establishments.flatMap(({ code }) => [
      ...enumeratorsOf(code).map((user) => ({ user, wave: wave.code, establishment: code })),
      { user: 'supervisor1' as const, wave: wave.code, establishment: code },
    ]),
  );
}

export const assignments: readonly AssignmentRecord[] = assignmentsOf('default');
