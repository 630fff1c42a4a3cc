// The one way the barometer's pages, interfaces and offline page put a refusal into words: a title that
// says what happened in the reader's language, then each reason the server gave with the question it is
// about, never a translation key or an error code.
import { apiFailure, type ApiFailure, type Problem } from './api-failure.ts';
import { colon, localized, type UiLanguage } from './ui-language.ts';

export interface PresentedError {
  readonly title: string;
  /** One line per reason, the question's code first when the reason is about a question. */
  readonly reasons: readonly string[];
}

type Kind = 'refused' | 'conflict' | 'forbidden' | 'notFound' | 'network' | 'session' | 'server';

export const ERROR_TITLES: Readonly<Record<UiLanguage, Readonly<Record<Kind, string>>>> = {
  fr: {
    refused: 'Enregistrement refusé',
    conflict: 'Action impossible pour le moment',
    forbidden: 'Action non autorisée',
    notFound: 'Élément introuvable',
    network: 'Le serveur ne répond pas : vérifiez la connexion puis réessayez.',
    session: 'Votre session a expiré : reconnectez-vous.',
    server: 'Le serveur a rencontré un problème : réessayez plus tard.',
  },
  ar: {
    refused: 'تم رفض التسجيل',
    conflict: 'لا يمكن القيام بهذا الإجراء حاليًا',
    forbidden: 'إجراء غير مسموح به',
    notFound: 'العنصر غير موجود',
    network: 'الخادم لا يستجيب: تحقق من الاتصال ثم أعد المحاولة.',
    session: 'انتهت صلاحية جلستك: سجّل الدخول من جديد.',
    server: 'واجه الخادم مشكلة: أعد المحاولة لاحقًا.',
  },
};

// An error entry without its HTTP answer still names its code.
const KIND_OF_CODE: Readonly<Record<string, Kind>> = {
  VALIDATION_FAILED: 'refused',
  INVALID_PAYLOAD: 'refused',
  CONFLICT: 'conflict',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  TOKEN_EXPIRED: 'session',
};

function kindOf(failure: ApiFailure): Kind {
  if (failure.status === null)
    return (failure.code && KIND_OF_CODE[failure.code]) || (failure.code ? 'server' : 'network');
  if (failure.status === 401 || failure.code === 'TOKEN_EXPIRED' || failure.code === 'INVALID_CREDENTIALS')
    return 'session';
  if (failure.status === 403) return 'forbidden';
  if (failure.status === 404) return 'notFound';
  if (failure.status === 409) return 'conflict';
  if (failure.status >= 500) return 'server';
  return 'refused';
}

// Where a problem is, in the reader's words: a question's code, else the CSV's row and column.
function located(problem: Problem, language: UiLanguage): string {
  const message = localized(problem.message, problem.message_ar, language);
  if (problem.question)
    return message.startsWith(problem.question) ? message : `${problem.question}${colon(language)}${message}`;
  if (problem.row !== undefined) {
    const where = language === 'ar' ? `السطر ${problem.row}` : `Ligne ${problem.row}`;
    return `${where}${problem.column ? ` (${problem.column})` : ''}${colon(language)}${message}`;
  }
  return message;
}

// Directus's own messages for a missing permission are English and say nothing an enumerator can act on.
const DIRECTUS_ENGLISH = /^(You don't have permission|Route .* doesn't exist|Invalid user credentials|Token expired)/;

export function presentError(failure: ApiFailure, language: UiLanguage): PresentedError {
  const kind = kindOf(failure);
  // The server's French summary names what was refused ("Base de sondage refusée"); Arabic has none.
  const title = language === 'fr' && failure.summary ? failure.summary : ERROR_TITLES[language][kind];
  if (failure.problems.length > 0) return { title, reasons: failure.problems.map((found) => located(found, language)) };
  if (kind === 'network' || kind === 'server' || kind === 'session' || DIRECTUS_ENGLISH.test(failure.message))
    return { title, reasons: [] };
  return { title, reasons: [localized(failure.message, failure.message_ar, language)] };
}

/** The same in one sentence, for a notice that has one line for it. */
export function failureSentence(failure: ApiFailure, language: UiLanguage): string {
  const { title, reasons } = presentError(failure, language);
  return reasons.length > 0 ? `${title}${colon(language)}${reasons.join(' ')}` : title;
}

export function errorSentence(cause: unknown, language: UiLanguage): string {
  return failureSentence(apiFailure(cause), language);
}
