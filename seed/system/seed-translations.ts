// The titles of the app's error dialogs for the codes the barometer answers with. Directus 11.17 has no
// text for `errors.VALIDATION_FAILED` or `errors.CONFLICT` and shows the key itself; custom translations
// are merged into the app's own, in French and in both Arabic locales the app ships. Matched by key and
// language, so a second run adds nothing.
import { ERROR_TITLES } from '../../extensions/barometer/src/shared-app/error-presenter.ts';
import type { Api } from '../../scripts/lib/api.ts';

// The same titles as the barometer's own pages give these refusals.
const TITLES: Record<string, 'refused' | 'conflict'> = {
  'errors.VALIDATION_FAILED': 'refused',
  'errors.CONFLICT': 'conflict',
};

const LANGUAGES = { 'fr-FR': 'fr', 'ar-SA': 'ar', 'ar-MA': 'ar' } as const;

export async function seedTranslations(api: Api): Promise<void> {
  const existing = await api.get<Array<{ key: string; language: string }>>(
    `/translations?filter[key][_starts_with]=errors.&fields=key,language&limit=-1`,
  );
  const have = new Set(existing.map(({ key, language }) => `${key} ${language}`));
  const missing = Object.entries(TITLES).flatMap(([key, kind]) =>
    Object.entries(LANGUAGES)
      .filter(([language]) => !have.has(`${key} ${language}`))
      .map(([language, text]) => ({ key, language, value: ERROR_TITLES[text][kind] })),
  );
  if (missing.length > 0) await api.post('/translations', missing);
}
