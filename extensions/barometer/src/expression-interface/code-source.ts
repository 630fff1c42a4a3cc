import type { PrimaryKey } from '../shared-app/relation-id.ts';

/** Where the codes an expression may name come from, decided by the collection being edited. */
export type CodeSource =
  | { readonly kind: 'version'; readonly versionId: PrimaryKey }
  | { readonly kind: 'published' }
  | { readonly kind: 'none'; readonly reason: string };

/**
 * Questions (and sections) read the codes of their own version; indicators run over every wave, so they
 * read the codes of every published version.
 */
export function codeSource(collection: string | null | undefined, versionId: PrimaryKey | null): CodeSource {
  if (collection === 'indicators') return { kind: 'published' };
  if (collection === 'questions' || collection === 'sections') {
    return versionId === null
      ? {
          kind: 'none',
          reason: 'Codes non vérifiés : choisissez d’abord la version du questionnaire (ou enregistrez la question).',
        }
      : { kind: 'version', versionId };
  }
  return { kind: 'none', reason: 'Codes non vérifiés : seule la syntaxe est contrôlée ici.' };
}

/** The `/items/questions` query that lists the codes of a source. */
export function codesQuery(source: Exclude<CodeSource, { kind: 'none' }>): Record<string, string | number> {
  const filter =
    source.kind === 'version'
      ? { instrument_version: { _eq: source.versionId } }
      : { instrument_version: { status: { _eq: 'published' } } };
  return { filter: JSON.stringify(filter), fields: 'code', limit: -1 };
}
