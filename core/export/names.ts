// CSV headers are question codes and choice values, which may hold `-`, `.`, accents or be too long
// for SPSS and Stata: each script gives every column a legal, unique name of its own.

export interface NameRules {
  readonly maxLength: number;
  /** Characters kept; any other becomes `_`. */
  readonly allowed: RegExp;
  /** A legal first character; otherwise the name is prefixed with `v_`. */
  readonly first: RegExp;
  readonly reserved: ReadonlySet<string>;
  /** Families of reserved names (Stata's `str1`...`str2045`). */
  readonly reservedPattern?: RegExp;
  /** SPSS names are case-insensitive: `Sex` and `SEX` are the same variable. */
  readonly caseSensitive: boolean;
}

/** IBM SPSS Statistics, "Variable names": 64 bytes, a letter first, no reserved keyword, no final period. */
export const SPSS_NAMES: NameRules = {
  maxLength: 64,
  allowed: /[A-Za-z0-9_.]/,
  first: /[A-Za-z]/,
  reserved: new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']),
  caseSensitive: false,
};

/** Stata [U] 11.3 "Naming conventions": 32 characters, letters, digits and `_`, no reserved word. */
export const STATA_NAMES: NameRules = {
  maxLength: 32,
  allowed: /[A-Za-z0-9_]/,
  first: /[A-Za-z_]/,
  reserved: new Set([
    '_all',
    '_b',
    'byte',
    '_coef',
    '_cons',
    'double',
    'float',
    'if',
    'in',
    'int',
    'long',
    '_n',
    '_N',
    '_pi',
    '_pred',
    '_rc',
    '_skip',
    'strL',
    'using',
    'with',
  ]),
  reservedPattern: /^str\d+$/,
  caseSensitive: true,
};

function legal(name: string, rules: NameRules): string {
  let result = [...name].map((character) => (rules.allowed.test(character) ? character : '_')).join('');
  if (!rules.first.test(result.charAt(0))) result = `v_${result}`;
  result = result.slice(0, rules.maxLength).replace(/\.+$/, '');
  const key = rules.caseSensitive ? result : result.toUpperCase();
  return rules.reserved.has(key) || rules.reservedPattern?.test(result)
    ? `${result.slice(0, rules.maxLength - 2)}_v`
    : result;
}

/** Legal and unique names for `wanted`, in order; a clash is cut short and numbered (`_2`, `_3`...). */
export function safeNames(wanted: readonly string[], rules: NameRules): string[] {
  const used = new Set<string>();
  const keyOf = (name: string) => (rules.caseSensitive ? name : name.toUpperCase());
  return wanted.map((name) => {
    const base = legal(name, rules);
    let result = base;
    for (let suffix = 2; used.has(keyOf(result)); suffix += 1) {
      const tail = `_${suffix}`;
      result = `${base.slice(0, rules.maxLength - tail.length)}${tail}`;
    }
    used.add(keyOf(result));
    return result;
  });
}
