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
}

function bySchema(allowed: ReadonlySet<string>, multiple: ReadonlySet<string>) {
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? [] : value.split(',').map((name) => name.trim())))
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
  const parsed = bySchema(allowed, options.multiple ?? new Set()).safeParse(value);
  if (parsed.success) return { ok: true, by: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues.map((issue) => issue.message).join('; '),
    unknown: unknownNames(parsed.error.issues),
  };
}
