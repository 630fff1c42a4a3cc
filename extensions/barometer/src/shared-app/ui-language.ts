/** The two languages the barometer's content is written in: French first, Arabic for Arabic-speaking users. */
export type UiLanguage = 'fr' | 'ar';

/** Arabic for any Arabic locale the app ships (`ar-MA`, `ar-SA`...), French otherwise. */
export function uiLanguage(locale: string | null | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('ar') ? 'ar' : 'fr';
}

/** The Arabic text when the user reads Arabic and the coordinator wrote one, else the French one. */
export function localized(french: string, arabic: string | null | undefined, language: UiLanguage): string {
  return language === 'ar' && arabic?.trim() ? arabic : french;
}

/** Said after a French name that stands in, for an Arabic reader, for the Arabic one nobody wrote yet. */
export const UNTRANSLATED_AR = '(بالفرنسية، لا توجد تسمية عربية بعد)';

/**
 * `localized` for the names the coordinators may leave untranslated (an indicator, a rule, an institution):
 * an Arabic reader shown the French name is told that it is the French one.
 */
export function localizedName(french: string, arabic: string | null | undefined, language: UiLanguage): string {
  if (language !== 'ar' || arabic?.trim()) return localized(french, arabic, language);
  return `${french} ${UNTRANSLATED_AR}`;
}

/** A colon between a label and what follows: French sets a space before it, Arabic does not. */
export function colon(language: UiLanguage): string {
  return language === 'ar' ? ': ' : ' : ';
}
