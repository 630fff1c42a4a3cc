import { describe, expect, it } from 'vitest';
import { questionImpact } from './diff-labels.ts';

describe('diff labels', () => {
  it('says what changed in French', () => {
    expect(questionImpact({ code: 'LAWYER_SEEN', change: 'changed', properties: ['label', 'relevant'] })).toBe(
      'LAWYER_SEEN (modifiée : libellé, condition d’affichage)',
    );
    expect(questionImpact({ code: 'AGE', change: 'removed', properties: [] })).toBe('AGE (supprimée)');
    expect(questionImpact({ code: 'LAWYER_SEEN', change: 'changed', properties: ['label', 'relevant'] }, 'ar')).toBe(
      'LAWYER_SEEN (معدَّل: التسمية، شرط الظهور)',
    );
  });
});
