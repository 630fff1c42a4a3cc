// The pseudonym rule of `core/draw` on every write path of `participants` (REST, batch, GraphQL,
// nested creates through interviews), as the import, the offline sync and the draws apply it.
import { PARTICIPANT_CODE_PATTERN } from '../../../../../core/draw/index.ts';
import { ValidationError } from '../http/errors.ts';

/**
 * A missing code is left to Directus: `code` is a required field, refused after the permission check,
 * so a role without the right to create participants still gets 403 rather than this 422.
 */
export function assertParticipantCode(payload: Record<string, unknown>): void {
  const code = payload['code'];
  if (code === undefined) return;
  if (typeof code === 'string' && PARTICIPANT_CODE_PATTERN.test(code)) return;
  throw new ValidationError({
    summary: 'Participant refusé',
    problems: [
      {
        field: 'code',
        message:
          'Le code participant est un pseudonyme : lettres et chiffres ASCII, _ . -, 64 caractères au plus, jamais un nom. / رمز المشارك اسم مستعار: حروف وأرقام لاتينية و _ . - ، 64 حرفًا على الأكثر، وليس اسمًا أبدًا.',
      },
    ],
  });
}
