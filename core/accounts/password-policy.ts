// The password policy for accounts: at least PASSWORD_MIN_LENGTH characters, and neither the e-mail
// address nor its local part inside it (the first thing an attacker who knows the address tries).
// Directus's `auth_password_policy` setting holds the length part as a regular expression; the e-mail
// part needs the address, which a regular expression does not see, so the hook checks both.

/** Counted in UTF-16 units, as the regular expression Directus applies counts them. */
export const PASSWORD_MIN_LENGTH = 12;

/** The length rule as Directus's `auth_password_policy` setting. */
export const PASSWORD_POLICY_REGEX = `/^[\\s\\S]{${PASSWORD_MIN_LENGTH},}$/`;

/** Shorter local parts ("a@…", "jo@…") are too common inside words to forbid. */
const MIN_LOCAL_PART = 3;

export type PasswordCheck = { ok: true } | { ok: false; fr: string; ar: string };

export function checkPassword(password: string, email: string | null): PasswordCheck {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      ok: false,
      fr: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères (${password.length} donnés).`,
      ar: `يجب أن تتكون كلمة المرور من ${PASSWORD_MIN_LENGTH} حرفًا على الأقل (${password.length} معطاة).`,
    };
  }
  const address = (email ?? '').trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  const lowered = password.toLowerCase();
  if (
    (address !== '' && lowered.includes(address)) ||
    (localPart.length >= MIN_LOCAL_PART && lowered.includes(localPart))
  ) {
    return {
      ok: false,
      fr: `Le mot de passe ne doit pas contenir l’adresse e-mail ni la partie avant « @ » (${localPart}).`,
      ar: `يجب ألا تحتوي كلمة المرور على عنوان البريد الإلكتروني ولا على الجزء الذي يسبق « @ » (${localPart}).`,
    };
  }
  return { ok: true };
}
