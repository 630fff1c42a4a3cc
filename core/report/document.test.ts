import { describe, expect, test } from 'vitest';
import { buildReportDocument, keepHeadingsWithNext } from './document.ts';
import { ARABIC_TITLES } from './sections/arabic-edition.ts';
import { buildFixtureModel } from './fixture/model.ts';
import type { ReportModel } from './model.ts';
import type { Content, ContentNode } from './pdf-types.ts';
import { SECTION_TITLES } from './titles.ts';

/** Every string of a content tree, in document order. */
function texts(content: Content): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  const node = content as ContentNode;
  return [node.text, node.stack, node.columns, node.table?.body, node.ul, node.toc?.title].flatMap((child) =>
    child === undefined ? [] : texts(child as Content),
  );
}

function nodes(content: Content): ContentNode[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const node = content as ContentNode;
  const children = [node.text, node.stack, node.columns, node.table?.body].flatMap((child) =>
    child === undefined || typeof child === 'string' ? [] : nodes(child as Content),
  );
  return [node, ...children];
}

const isArrow = (node: ContentNode): boolean =>
  node.canvas?.some((shape) => shape.type === 'polyline' && shape.closePath === true) ?? false;

// Each build renders about sixty charts; the machine may be busy with the render tests alongside.
describe('buildReportDocument', { timeout: 30_000 }, () => {
  test('is deterministic and takes its dates from the model', async () => {
    const model = buildFixtureModel();
    const first = await buildReportDocument(model);
    const second = await buildReportDocument(buildFixtureModel());
    expect(first.info.creationDate.toISOString()).toBe('2026-05-12T09:00:00.000Z');
    expect(first.info.modDate.toISOString()).toBe('2026-05-12T09:00:00.000Z');
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
  });

  test('does not change the model', async () => {
    const model = buildFixtureModel();
    const before = structuredClone(model);
    await buildReportDocument(model);
    expect(model).toEqual(before);
  });

  test('has every section, French first, the Arabic page last', async () => {
    const document = await buildReportDocument(buildFixtureModel());
    const all = texts(document.content as Content);
    for (const title of Object.values(SECTION_TITLES)) {
      expect(
        all.some((text) => text.includes(title)),
        title,
      ).toBe(true);
    }
    expect(all.indexOf('4. Situation juridique')).toBeGreaterThan(-1);
    expect(all.indexOf('11. Préparation à la sortie et suivi')).toBeGreaterThan(-1);
    const withoutArabic = texts(
      (await buildReportDocument(buildFixtureModel(), { arabicPage: false })).content as Content,
    );
    expect(withoutArabic.some((text) => text.includes(SECTION_TITLES.arabic))).toBe(false);
  });

  test('indicator tables: arrows only for significant comparable changes, "non comparable" and "s" where due', async () => {
    const model = buildFixtureModel();
    const document = await buildReportDocument(model);
    const tables = nodes(document.content as Content).filter((node) => {
      // Chapter tables are the 7-column ones headed "Indicateur" (annex A has 5).
      const header = node.table?.body[0];
      const first = header?.[0];
      return (
        header?.length === 7 &&
        typeof first === 'object' &&
        !Array.isArray(first) &&
        (first as ContentNode).text === 'Indicateur'
      );
    });
    expect(tables).toHaveLength(model.dimensions.length);
    const expectedArrows = model.trends
      .flatMap((trend) => [trend.changeFromPrevious, trend.changeFromBaseline])
      .filter((change) => change?.comparable && change.significant).length;
    const arrows = tables.flatMap((table) => nodes(table).filter(isArrow));
    expect(arrows).toHaveLength(expectedArrows);
    const tableTexts = tables.flatMap((table) => texts(table));
    expect(tableTexts).toContain('non comparable');
    expect(tableTexts).toContain("Non mesuré : question absente de l'instrument de cette vague");
  });

  test('no significant change, no arrow anywhere', async () => {
    const fixture = buildFixtureModel();
    const calm: ReportModel = {
      ...fixture,
      score: {
        overall: { ...fixture.score.overall, change: { from: 'W1', delta: 0.4, significant: false } },
        dimensions: fixture.score.dimensions.map(({ change, ...score }) => ({
          ...score,
          ...(change ? { change: { ...change, significant: false } } : {}),
        })),
      },
      trends: fixture.trends.map(({ changeFromPrevious, changeFromBaseline, ...trend }) => ({
        ...trend,
        ...(changeFromPrevious ? { changeFromPrevious: { ...changeFromPrevious, significant: false } } : {}),
        ...(changeFromBaseline ? { changeFromBaseline: { ...changeFromBaseline, significant: false } } : {}),
      })),
    };
    const document = await buildReportDocument(calm);
    expect(nodes(document.content as Content).filter(isArrow)).toHaveLength(0);
    expect(texts(document.content as Content)).toContain('Aucune évolution significative.');
  });
  test('prints an establishment with fewer than 10 interviews as "< 10" in the frame table, without its shares', async () => {
    const printed = texts((await buildReportDocument(buildFixtureModel())).content);
    const row = printed.indexOf('Centre de sauvegarde de Rabat');
    // Name, type, region, N_h, target, then achieved and its two shares.
    expect(printed.slice(row + 3, row + 8)).toEqual(['36', '9', '<\u00A010', '—', '—']);
    const large = printed.indexOf('CRE de Casablanca');
    expect(printed.slice(large + 3, large + 6)).toEqual(['118', '30', '29']);
  });

  test('when the previous wave is the baseline, its change column is printed once', async () => {
    const fixture = buildFixtureModel();
    const sinceBaseline: ReportModel = {
      ...fixture,
      // The previous wave's change replaced by the baseline's, as in W1's report.
      trends: fixture.trends.map((trend) => ({
        ...trend,
        ...(trend.changeFromBaseline ? { changeFromPrevious: trend.changeFromBaseline } : {}),
      })),
    };
    const document = await buildReportDocument(sinceBaseline);
    const headers = nodes(document.content as Content)
      .filter((node) => {
        const first = node.table?.body[0]?.[0];
        return typeof first === 'object' && !Array.isArray(first) && (first as ContentNode).text === 'Indicateur';
      })
      .map((node) => texts(node.table?.body[0] as Content));
    const chapters = headers.filter((header) => header.includes('Estimation'));
    expect(chapters).toHaveLength(fixture.dimensions.length);
    for (const header of chapters) {
      expect(header.filter((text) => text === 'Depuis Étude 2020')).toHaveLength(1);
      expect(header).toHaveLength(6);
    }
  });

  test('annex E names an administrative figure as such, with its source, in the matrix and its own table', async () => {
    const all = texts((await buildReportDocument(buildFixtureModel())).content as Content);
    const annex = all.slice(all.findIndex((text) => text.includes(SECTION_TITLES.annexCompliance)));
    expect(annex.some((text) => text.includes('(donnée administrative : DGAPR, rapport annuel)'))).toBe(true);
    const table = annex.indexOf('Chiffres qui ne viennent pas des entretiens');
    expect(table).toBeGreaterThan(-1);
    expect(annex.slice(table)).toEqual(expect.arrayContaining(['donnée administrative', 'DGAPR, rapport annuel']));
  });

  test('a heading left last on its page goes to the next one; other nodes stay', () => {
    const nothingAfter = { getFollowingNodesOnPage: () => [] };
    const somethingAfter = { getFollowingNodesOnPage: () => [{}] };
    expect(keepHeadingsWithNext({ headlineLevel: 2 }, nothingAfter)).toBe(true);
    expect(keepHeadingsWithNext({ headlineLevel: 2 }, somethingAfter)).toBe(false);
    expect(keepHeadingsWithNext({}, nothingAfter)).toBe(false);
  });

  test('the Arabic edition: its language, Arabic chapters in the outline, every dimension and recommendation', async () => {
    const model = buildFixtureModel();
    const document = await buildReportDocument(model, { lang: 'ar' });
    expect(document.language).toBe('ar-MA');
    const outline = nodes(document.content as Content).flatMap((node) =>
      node.outline && node.outlineText ? [node.outlineText] : [],
    );
    expect(outline.slice(0, 2)).toEqual([`1. ${ARABIC_TITLES.summary}`, `2. ${ARABIC_TITLES.methodology}`]);
    const dimensions = [...model.dimensions].sort((a, b) => a.sort - b.sort);
    for (const [position, dimension] of dimensions.entries()) {
      expect(outline).toContain(`${position + 3}. ${dimension.labelAr}`);
    }
    expect(outline).toContain(`${dimensions.length + 3}. ${ARABIC_TITLES.recommendations}`);
    expect(outline).toContain(ARABIC_TITLES.definitions);
    expect(outline).toContain(`${dimensions.length + 4}. ${ARABIC_TITLES.followUp}`);
    expect(outline.at(-1)).toBe(ARABIC_TITLES.compliance);
    // Arabic lines hold their words as visual pieces: every word of a recommendation is among them.
    const pieces = new Set(texts(document.content as Content));
    for (const recommendation of model.recommendations) {
      if (recommendation.textAr) {
        for (const word of recommendation.textAr.split(' ').filter((entry) => /^[\u0621-\u064A]+$/u.test(entry)))
          expect(pieces, word).toContain(word);
      } else {
        expect(pieces).toContain(recommendation.text);
      }
    }
    // The follow-up chapter: the earlier recommendations in Arabic, their status and addressee.
    for (const line of model.followUps ?? []) {
      for (const word of line.text_ar.split(' ').filter((entry) => /^[\u0621-\u064A]+$/u.test(entry)))
        expect(pieces, word).toContain(word);
      expect(pieces).toContain(line.wave.code);
    }
    // The matrix annex: the rules' Arabic text and the administrative figure named as such.
    for (const word of ['الخطوط', 'الحمراء', 'إداري', 'معطى']) expect(pieces, word).toContain(word);
    expect(pieces).toContain('DGAPR, rapport annuel');
  });
});
