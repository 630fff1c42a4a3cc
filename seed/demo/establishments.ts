import type { EstablishmentRecord } from './types.ts';

/** Invented establishments: real towns and regions (2015 regional division), fictitious institutions. */
export const establishments: readonly EstablishmentRecord[] = [
  { code: 'E01', name: 'CRE de Casablanca (fictif)', type: 'cre', region: 'Casablanca-Settat' },
  {
    code: 'E02',
    name: 'Quartier des mineurs de Settat (fictif)',
    type: 'quartier_mineurs',
    region: 'Casablanca-Settat',
  },
  {
    code: 'E03',
    name: 'Centre de sauvegarde de l’enfance de Casablanca (fictif)',
    type: 'centre_sauvegarde',
    region: 'Casablanca-Settat',
  },
  { code: 'E04', name: 'CRE de Salé (fictif)', type: 'cre', region: 'Rabat-Salé-Kénitra' },
  {
    code: 'E05',
    name: 'Quartier des mineurs de Kénitra (fictif)',
    type: 'quartier_mineurs',
    region: 'Rabat-Salé-Kénitra',
  },
  { code: 'E06', name: 'CRE de Fès (fictif)', type: 'cre', region: 'Fès-Meknès' },
  { code: 'E07', name: 'Quartier des mineurs de Meknès (fictif)', type: 'quartier_mineurs', region: 'Fès-Meknès' },
  { code: 'E08', name: 'CRE de Marrakech (fictif)', type: 'cre', region: 'Marrakech-Safi' },
  {
    code: 'E09',
    name: 'Centre de sauvegarde de l’enfance d’Agadir (fictif)',
    type: 'centre_sauvegarde',
    region: 'Souss-Massa',
  },
  { code: 'E10', name: 'CRE de Tanger (fictif)', type: 'cre', region: 'Tanger-Tétouan-Al Hoceïma' },
  { code: 'E11', name: 'Quartier des mineurs d’Oujda (fictif)', type: 'quartier_mineurs', region: 'L’Oriental' },
  { code: 'E12', name: 'Quartier des mineurs de Tiznit (fictif)', type: 'quartier_mineurs', region: 'Souss-Massa' },
];

export function establishmentByCode(code: string): EstablishmentRecord {
  const found = establishments.find((establishment) => establishment.code === code);
  if (!found) throw new Error(`Unknown demo establishment ${code}`);
  return found;
}
