// What a draw takes, checked with zod: the caller's data is wrong, not the draw, when this fails.
import { z } from 'zod';

/** A pseudonymous participant code, as `participants.code` and the interview import accept it (ASCII, 64 at most). */
export const PARTICIPANT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const participantCode = z
  .string()
  .regex(PARTICIPANT_CODE_PATTERN, 'code participant invalide (lettres, chiffres, _ . -, 64 au plus)');

/**
 * Any printable text, so a seed can be a number read out at a public drawing, a date or a phrase;
 * control characters are refused because they are invisible in the record.
 */
export const seedSchema = z
  .string()
  .min(1, 'graine vide')
  .max(200, 'graine trop longue (200 caractères au plus)')
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'graine avec un caractère de contrôle');

export interface DrawInput {
  /** The minors present in the establishment on the reference date, in any order. */
  readonly codes: readonly string[];
  /** Sampling rate of the wave, in (0, 1]. */
  readonly rate: number;
  /** N_h when it is not the list's length (a frame counted otherwise); the target follows it. */
  readonly population?: number;
  /** Previous wave's respondents; those not in `codes` have left and are ignored. */
  readonly panel?: readonly string[];
  readonly seed: string;
  /** The establishment's code: each stratum draws from its own stream of the seed. */
  readonly stratum: string;
}

export const drawInputSchema = z.object({
  codes: z
    .array(participantCode)
    .min(1, 'liste vide : aucun mineur à tirer')
    .superRefine((codes, context) => {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const code of codes) (seen.has(code) ? repeated : seen).add(code);
      if (repeated.size > 0)
        context.addIssue({ code: 'custom', message: `codes en double : ${[...repeated].join(', ')}` });
    }),
  rate: z.number().gt(0, 'taux de sondage nul ou négatif').lte(1, 'taux de sondage supérieur à 1'),
  population: z.number().int().nonnegative().optional(),
  panel: z.array(participantCode).default([]),
  seed: seedSchema,
  stratum: z.string().min(1, 'strate sans code'),
});
