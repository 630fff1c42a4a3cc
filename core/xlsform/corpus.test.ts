import { describe, expect, it } from 'vitest';
import { corpus, corpusWorkbook } from '../../test/fixtures/xlsforms/corpus.ts';
import { readXlsForm } from './read-xlsform.ts';
import { writeXlsForm } from './write-xlsform.ts';

describe('the XLSForm corpus (test/fixtures/xlsforms)', () => {
  it('holds at least 25 forms, both accepted and refused ones', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((form) => form.expect))).toEqual(new Set(['accepted', 'refused']));
  });

  for (const form of corpus.filter((entry) => entry.expect === 'accepted')) {
    it(`imports ${form.file}, and its export imports to the same version`, async () => {
      const read = await readXlsForm(await corpusWorkbook(form), { fileName: form.file.replace(/\.md$/, '.xlsx') });
      if (!read.ok) return expect.fail(JSON.stringify(read.problems, null, 1));
      expect(read.form.questionnaire.questions.length).toBeGreaterThan(0);
      const again = await readXlsForm(await writeXlsForm(read.form));
      expect(again.ok && again.form).toEqual({ ...read.form, defaultLanguage: 'French (fr)' });
    });
  }

  for (const form of corpus.filter((entry) => entry.expect === 'refused')) {
    it(`refuses ${form.file} with located problems`, async () => {
      const read = await readXlsForm(await corpusWorkbook(form), { fileName: form.file.replace(/\.md$/, '.xlsx') });
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems.length).toBeGreaterThan(0);
      for (const problem of read.problems) {
        expect(['survey', 'choices', 'settings']).toContain(problem.sheet);
        expect(problem.row).toBeGreaterThan(0);
      }
    });
  }
});
