import { describe, expect, it } from 'vitest';
import { misplacedSection, sectionsOfVersion } from './section-owner.ts';

const own = { id: 1, code: 'PROFIL', instrument_version: 10 };
const foreign = { id: 2, code: 'JUSTICE', instrument_version: 11 };

describe('sectionsOfVersion', () => {
  it('keeps only the sections of the version, ids compared whatever their type', () => {
    expect(sectionsOfVersion([own, foreign], 10)).toEqual([own]);
    expect(sectionsOfVersion([own, foreign], '11')).toEqual([foreign]);
    expect(sectionsOfVersion([own, foreign], 12)).toEqual([]);
  });
});

describe('misplacedSection', () => {
  it('accepts a section of the same version', () => {
    expect(misplacedSection('AGE', 10, own, 1)).toBeNull();
    expect(misplacedSection('AGE', '10', own, 1)).toBeNull();
  });

  it('refuses a section of another version, naming question and section in French and Arabic', () => {
    const refusal = misplacedSection('AGE', 10, foreign, 2);
    expect(refusal?.message).toBe(
      'La question « AGE » ne peut pas être placée dans la section « JUSTICE » : elle appartient à une autre version du questionnaire. Choisissez une section de la même version.',
    );
    expect(refusal?.message_ar).toContain('« JUSTICE »');
    expect(refusal?.message_ar).toContain('السؤال « AGE »');
  });

  it('refuses a section that does not exist', () => {
    expect(misplacedSection(null, 10, null, 99)?.message).toBe('La question désigne la section 99, qui n’existe pas.');
  });
});
