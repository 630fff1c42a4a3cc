// The pseudonym rule of `core/draw` on every write path of `participants` (REST, batch, GraphQL,
// nested creates through interviews), as the import, the offline sync and the draws apply it.
import { PARTICIPANT_CODE_PATTERN } from '../../../../core/draw/index.ts';
import { ValidationError } from './errors.ts';

export function assertParticipantCode(payload: Record<string, unknown>, required: boolean): void {
  const code = payload['code'];
  if (code === undefined && !required) return;
  if (typeof code === 'string' && PARTICIPANT_CODE_PATTERN.test(code)) return;
  throw new ValidationError({
    summary: 'Participant refusé',
    problems: [{
      field: 'code',
      message: 'Le code participant est un pseudonyme : lettres et chiffres ASCII, _ . -, 64 caractères au plus, jamais un nom. / رمز المشارك اسم مستعار: حروف وأرقام لاتينية و _ . - ، 64 حرفًا على الأكثر، وليس اسمًا أبدًا.',
    }],
  });
}
