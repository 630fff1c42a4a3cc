/** The languages the barometer stores: French (`label`), Arabic (`label_ar`); English is only a fallback. */
export type Language = 'fr' | 'ar' | 'en';

const CODES: Readonly<Record<string, Language>> = {
  fr: 'fr',
  fra: 'fr',
  fre: 'fr',
  ar: 'ar',
  ara: 'ar',
  en: 'en',
  eng: 'en',
};

const NAMES: Readonly<Record<string, Language>> = {
  french: 'fr',
  francais: 'fr',
  arabic: 'ar',
  arabe: 'ar',
  العربية: 'ar',
  عربي: 'ar',
  عربية: 'ar',
  english: 'en',
  anglais: 'en',
};

function fromCode(code: string): Language | undefined {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return CODES[primary];
}

function fromName(name: string): Language | undefined {
  const plain = name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return NAMES[plain] ?? NAMES[name.trim()];
}

/**
 * The language an XLSForm language label designates, liberally: the code in parentheses wins
 * (`Français (fr)`, `العربية (ar)`, `Arabic (ar-MA)`), else a bare code (`fr`, `ara`), else a known
 * name in English, French or Arabic (`French`, `Français`, `arabe`, `العربية`).
 * @see https://xlsform.org/en/#multiple-language-support
 */
export function languageOf(text: string): Language | undefined {
  const inParentheses = /\(([^()]*)\)\s*$/.exec(text);
  if (inParentheses?.[1] !== undefined) {
    const language = fromCode(inParentheses[1]);
    if (language) return language;
  }
  return fromCode(text) ?? fromName(text.replace(/\([^()]*\)\s*$/, ''));
}
