/**
 * What a wave still in the field may and may not say. Its figures stand on the interviews made so far:
 * every page is marked provisional, its coverage is stated, and no change is tested for significance
 * (domain.md: trends only between locked waves).
 */
import { isClosed } from '../waves/index.ts';
import { formatInteger } from './format.ts';
import type { Methodology, WaveInfo } from './model.ts';

export const PROVISIONAL_MARK = { fr: 'PROVISOIRE', ar: 'مؤقت' } as const;

export function isProvisional(wave: Pick<WaveInfo, 'status'>): boolean {
  return !isClosed(wave.status);
}

export interface Coverage {
  readonly establishments: number;
  /** Establishments with at least one interview made. */
  readonly establishmentsCovered: number;
  /** Minors in the frame (sum of N_h). */
  readonly minors: number;
  /** Minors detained in the establishments covered, whom the estimates stand for. */
  readonly minorsCovered: number;
  readonly interviews: number;
}

export function coverageOf(methodology: Pick<Methodology, 'frame' | 'totals'>): Coverage {
  const covered = methodology.frame.filter((row) => row.achieved > 0);
  return {
    establishments: methodology.frame.length,
    establishmentsCovered: covered.length,
    minors: methodology.totals.population,
    minorsCovered: covered.reduce((sum, row) => sum + row.population, 0),
    interviews: methodology.totals.achieved,
  };
}

/** The coverage sentence printed on the cover, the summary and the methodology of a provisional wave. */
export function coverageSentence(coverage: Coverage): { fr: string; ar: string } {
  const { establishmentsCovered: e, establishments: total, minorsCovered: m, minors, interviews } = coverage;
  return {
    fr:
      `Collecte en cours : ${formatInteger(e)} établissement${e > 1 ? 's' : ''} sur ${formatInteger(total)} visité${e > 1 ? 's' : ''}, ` +
      `où sont détenus ${formatInteger(m)} des ${formatInteger(minors)} mineurs de la base de sondage ; ${formatInteger(interviews)} entretiens réalisés à ce jour. ` +
      'Les chiffres ne valent que pour les établissements visités ; aucune évolution n’est testée avant le verrouillage de la vague.',
    ar:
      `البحث الميداني جارٍ: عدد المؤسسات التي زيرت ${e} من أصل ${total}، ويوجد بها ${m} من أصل ${minors} حدثاً في قاعدة المعاينة؛ ` +
      `وعدد المقابلات المنجزة إلى الآن ${interviews}. لا تصدق الأرقام إلا على المؤسسات التي زيرت، ولا يُختبر أي تغير قبل إغلاق الموجة.`,
  };
}
