import { z } from 'zod';
import { ESTABLISHMENT_VARIABLES, isEstablishmentVariable } from './domain-variables.ts';

export const MAX_BY_VARIABLES = 3;

export type ByParameterResult =
  | { readonly ok: true; readonly by: readonly string[] }
  | {
      readonly ok: false;
      /** Every problem, for the 400 answer. */
      readonly message: string;
      /** Names that are neither a known question nor an establishment variable. */
      readonly unknown: readonly string[];
    };

export interface ByParameterOptions {
  /** select_multiple question codes: a child may tick several values, so they cannot define cells. */
  readonly multiple?: ReadonlySet<string> | undefined;
  /**
   * The questions that may define a domain (select_one): given, every other question of `allowed` is
   * refused, so a free-text answer never becomes a published domain label.
   */
  readonly domainQuestions?: ReadonlySet<string> | undefined;
  /** Questions a coordinator marked identifying: their answers never become published domain labels. */
  readonly identifying?: ReadonlySet<string> | undefined;
  /** With disclosure on, only the breakdowns of DISCLOSURE_MENU are answered. */
  readonly disclosure?: boolean | undefined;
}

/**
 * The breakdowns published with disclosure on: the overall result and the one-way tables that the
 * report prints. Establishments nest in both types and regions, so every further table adds linked
 * cells that a reader combines with these; crossings are left to `disclosure=off`.
 */
export const DISCLOSURE_MENU: readonly (readonly string[])[] = [[], ['SEX'], ['establishment_type'], ['region']];

function inMenu(names: readonly string[]): boolean {
  const sorted = [...names].sort().join(',');
  return DISCLOSURE_MENU.some((entry) => [...entry].sort().join(',') === sorted);
}

function menuText(): string {
  return DISCLOSURE_MENU.map((entry) => (entry.length === 0 ? '(aucun)' : entry.join(','))).join(' ; ');
}

function bySchema(allowed: ReadonlySet<string>, multiple: ReadonlySet<string>, options: ByParameterOptions) {
  const { domainQuestions, identifying = new Set<string>(), disclosure = false } = options;
  return z
    .string()
    .optional()
    .transform((value) =>
      value === undefined || value.trim() === '' ? [] : value.split(',').map((name) => name.trim()),
    )
    .pipe(
      z
        .array(z.string().min(1, 'empty variable name in by'))
        .max(MAX_BY_VARIABLES, `by takes at most ${MAX_BY_VARIABLES} variables`)
        .superRefine((names, context) => {
          const unknown = names.filter((name) => name !== '' && !isEstablishmentVariable(name) && !allowed.has(name));
          if (unknown.length > 0) {
            context.addIssue({
              code: 'custom',
              message:
                `unknown by variables: ${unknown.join(', ')} ` +
                `(expected question codes or ${ESTABLISHMENT_VARIABLES.join(', ')})`,
              params: { unknown },
            });
          }
          const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
          if (repeated.length > 0) {
            context.addIssue({ code: 'custom', message: `by variables given twice: ${repeated.join(', ')}` });
          }
          const several = names.filter((name) => multiple.has(name) && !isEstablishmentVariable(name));
          if (several.length > 0) {
            context.addIssue({
              code: 'custom',
              message: `multiple choice questions cannot define domains: ${several.join(', ')}`,
            });
          }
          const notChoice =
            domainQuestions === undefined
              ? []
              : names.filter(
                  (name) =>
                    allowed.has(name) &&
                    !isEstablishmentVariable(name) &&
                    !multiple.has(name) &&
                    !domainQuestions.has(name),
                );
          if (notChoice.length > 0) {
            context.addIssue({
              code: 'custom',
              message:
                `only single-choice (select_one) questions and ${ESTABLISHMENT_VARIABLES.join(', ')} can define domains: ` +
                `${notChoice.join(', ')} / seules les questions à choix unique et les variables d'établissement définissent des domaines`,
            });
          }
          const marked = names.filter((name) => identifying.has(name) && !isEstablishmentVariable(name));
          if (marked.length > 0) {
            context.addIssue({
              code: 'custom',
              message:
                `identifying questions cannot define domains: ${marked.join(', ')} ` +
                `/ une question identifiante ne définit pas de domaine ; السؤال الذي قد يكشف هوية القاصر لا يحدد مجالا`,
            });
          }
          if (disclosure && !inMenu(names)) {
            context.addIssue({
              code: 'custom',
              message:
                `with disclosure control on, by must be one of the published breakdowns: ${menuText()} ` +
                `/ avec le contrôle de divulgation, seuls ces tableaux sont publiés ; مع حماية السرية، لا تُنشر إلا هذه الجداول`,
            });
          }
        }),
    );
}

function unknownNames(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'custom') return [];
    const unknown: unknown = issue.params?.['unknown'];
    return Array.isArray(unknown) ? unknown.filter((name): name is string => typeof name === 'string') : [];
  });
}

/**
 * The `by` query parameter of `GET /barometer/waves/:wave/indicators`: comma-separated, at most three
 * variables, each a question code of `allowed` or one of establishment_code, establishment_type, region.
 * Absent or empty: no breakdown.
 */
export function parseByParameter(
  value: string | undefined,
  allowed: ReadonlySet<string>,
  options: ByParameterOptions = {},
): ByParameterResult {
  const parsed = bySchema(allowed, options.multiple ?? new Set(), options).safeParse(value);
  if (parsed.success) return { ok: true, by: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues.map((issue) => issue.message).join('; '),
    unknown: unknownNames(parsed.error.issues),
  };
}
