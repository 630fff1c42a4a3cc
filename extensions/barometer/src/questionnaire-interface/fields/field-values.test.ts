import { describe, expect, it } from 'vitest';
import { choices } from '../../../../../core/questionnaire/test-support.ts';
import { choiceItems, numberAnswer, selectedInOrder, textAnswer } from './field-values.ts';

describe('choiceItems', () => {
  it('labels choices in the user language, French when the Arabic is missing', () => {
    const list = [
      { value: 'f', label: 'Fille', label_ar: 'أنثى' },
      { value: 'm', label: 'Garçon', label_ar: null },
    ];
    expect(choiceItems(list, 'ar')).toEqual([
      { text: 'أنثى', value: 'f' },
      { text: 'Garçon', value: 'm' },
    ]);
  });
});

describe('selectedInOrder', () => {
  it('orders the selection as the questionnaire does and drops unknown values', () => {
    expect(selectedInOrder(choices('sport', 'library', 'arts'), ['arts', 'sport', 'ghost'])).toEqual(['sport', 'arts']);
    expect(selectedInOrder(choices('sport'), null)).toEqual([]);
  });
});

describe('numberAnswer', () => {
  it.each([
    [12, 12],
    ['12', 12],
    [0, 0],
    ['', null],
    [null, null],
    [Number.NaN, null],
    ['abc', null],
  ])('%j -> %j', (value, expected) => {
    expect(numberAnswer(value)).toBe(expected);
  });
});

describe('textAnswer', () => {
  it('keeps text, drops empty text and non-text', () => {
    expect(textAnswer('oui')).toBe('oui');
    expect(textAnswer('')).toBeNull();
    expect(textAnswer(null)).toBeNull();
  });
});
