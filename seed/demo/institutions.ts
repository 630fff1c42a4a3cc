import type { InstitutionRecord } from './types.ts';

/** The institutions OMP addresses its recommendations to (domain.md, "The normative framework"). */
export const institutions: readonly InstitutionRecord[] = [
  {
    code: 'DGAPR',
    name: 'Délégation générale à l’administration pénitentiaire et à la réinsertion (DGAPR)',
    name_ar: 'المندوبية العامة لإدارة السجون وإعادة الإدماج',
    url: 'https://www.dgapr.gov.ma',
  },
  { code: 'MJ', name: 'Ministère de la Justice', name_ar: 'وزارة العدل', url: 'https://www.justice.gov.ma' },
  {
    code: 'PMP',
    name: 'Présidence du Ministère Public',
    name_ar: 'رئاسة النيابة العامة',
    url: 'https://www.pmp.ma',
  },
  {
    code: 'CNDH',
    name: 'Conseil national des droits de l’Homme (CNDH)',
    name_ar: 'المجلس الوطني لحقوق الإنسان',
    url: 'https://www.cndh.ma',
  },
  { code: 'EN', name: 'Entraide Nationale', name_ar: 'التعاون الوطني', url: 'https://www.entraide.ma' },
  {
    code: 'FM6',
    name: 'Fondation Mohammed VI pour la réinsertion des détenus',
    name_ar: 'مؤسسة محمد السادس لإعادة إدماج السجناء',
    url: 'https://www.fm6reinsertion.ma',
  },
  {
    code: 'MENPS',
    name: 'Ministère de l’Éducation nationale, du Préscolaire et des Sports',
    name_ar: 'وزارة التربية الوطنية والتعليم الأولي والرياضة',
    url: 'https://www.men.gov.ma',
  },
  {
    code: 'MSPS',
    name: 'Ministère de la Santé et de la Protection sociale',
    name_ar: 'وزارة الصحة والحماية الاجتماعية',
    url: 'https://www.sante.gov.ma',
  },
  {
    code: 'OFPPT',
    name: 'Office de la formation professionnelle et de la promotion du travail (OFPPT)',
    name_ar: 'مكتب التكوين المهني وإنعاش الشغل',
    url: 'https://www.ofppt.ma',
  },
  {
    code: 'MSISF',
    name: 'Ministère de la Solidarité, de l’Insertion sociale et de la Famille',
    name_ar: 'وزارة التضامن والإدماج الاجتماعي والأسرة',
    url: 'https://social.gov.ma',
  },
].map((institution, index) => ({ ...institution, sort: index + 1 }));
