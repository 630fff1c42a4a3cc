import { describe, expect, it } from 'vitest';
import { choiceChanges, propertyChanges } from './change-details.ts';
import { diffVersions } from './diff-versions.ts';
import { choices, question, version } from './test-support.ts';

describe('propertyChanges', () => {
  it('gives old and new for labels, conditions, constraints and required', () => {
    const before = question('AGE', 'integer', { label: 'Âge', relevant: null, constraint: '. >= 10', required: true });
    const after = question('AGE', 'integer', {
      label: 'Âge en années',
      relevant: "${CONSENT} = 'yes'",
      constraint: '. >= 12',
      required: false,
    });
    const [change] = diffVersions(version(before), version(after)).changed;
    expect(change && propertyChanges(change)).toEqual([
      { property: 'label', before: 'Âge', after: 'Âge en années' },
      { property: 'required', before: true, after: false },
      { property: 'relevant', before: null, after: "${CONSENT} = 'yes'" },
      { property: 'constraint', before: '. >= 10', after: '. >= 12' },
    ]);
  });

  it('gives the choices that were added, removed or reworded', () => {
    const before = question('VISIT', 'select_one', { choices: choices('yes', 'no', 'maybe') });
    const after = question('VISIT', 'select_one', {
      choices: [
        { value: 'no', label: 'Choix no' },
        { value: 'yes', label: 'Oui, souvent', label_ar: 'نعم' },
        { value: 'dont_know', label: 'Ne sait pas' },
      ],
    });
    const [change] = diffVersions(version(before), version(after)).changed;
    expect(change && propertyChanges(change)).toEqual([
      {
        property: 'choices',
        choices: [
          {
            value: 'yes',
            before: { label: 'Choix yes', label_ar: null },
            after: { label: 'Oui, souvent', label_ar: 'نعم' },
          },
          { value: 'dont_know', before: null, after: { label: 'Ne sait pas', label_ar: null } },
          { value: 'maybe', before: { label: 'Choix maybe', label_ar: null }, after: null },
        ],
      },
    ]);
  });

  it('leaves out choices that only moved', () => {
    expect(choiceChanges(choices('a', 'b'), choices('b', 'a'))).toEqual([]);
  });
});
