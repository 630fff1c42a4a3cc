// The Arabic executive summary, written from the figures so it never disagrees with the tables.
// Western digits and a decimal comma, as the French pages print them; numbers stand as predicates
// ("عدد ... : 249") so no counted noun has to agree with them.
import type { Dimension, ReportModel } from '../../../../../core/report/index.ts';
import { coverageOf, coverageSentence, isProvisional } from '../../../../../core/report/provisional.ts';
import { arabicDate, arabicNumber, arabicWaveName } from '../../../../../core/report/words.ts';

export { arabicDate, arabicNumber, arabicWaveName };

type SummaryInput = Omit<ReportModel, 'summaryAr' | 'summaryFr'>;

export function arabicSummary(
  model: SummaryInput,
  previous: { code: string; label: string; kind: string } | undefined,
): string[] {
  const { wave, methodology, score } = model;
  const waveName = arabicWaveName(wave);
  const provisional = isProvisional(wave);
  const intro = `يقدم هذا التقرير نتائج ${waveName} من بارومتر إعادة إدماج الأحداث المحتجزين، الذي ينجزه المرصد المغربي للسجون (OMP). `;
  const paragraphs = [
    provisional
      ? `${intro}هذه نتائج مؤقتة. ${coverageSentence(coverageOf(methodology)).ar}`
      : `${intro}أُجري البحث الميداني من ${arabicDate(wave.fieldwork.start)} إلى ${arabicDate(wave.fieldwork.end)}، ` +
        `وبلغ عدد المقابلات المعتمدة ${methodology.totals.achieved}، وعدد المؤسسات المشمولة ${methodology.frame.length}، ` +
        `وعدد الأحداث المحتجزين فيها ${methodology.totals.population} في ${arabicDate(wave.referenceDate)}.`,
  ];
  const overall = score.overall;
  const change = overall.change;
  const previousName = previous ? arabicWaveName(previous) : undefined;
  const trend =
    !change || !previousName
      ? 'وهذا أول قياس للمؤشر العام، فلا تتوفر مقارنة سابقة.'
      : Math.abs(change.delta) < 0.05
        ? `ولم يتغير تقريباً مقارنة بـ${previousName}.`
        : `وقد ${change.delta > 0 ? 'ارتفع' : 'انخفض'} بمقدار ${arabicNumber(Math.abs(change.delta))} نقطة مقارنة بـ${previousName}، ${
            change.significant === null
              ? 'وهو فرق لم يُختبر لأن الموجة لا تزال في الميدان'
              : `وهو تغير ${change.significant ? 'دال' : 'غير دال'} إحصائياً`
          }.`;
  paragraphs.push(
    `بلغ المؤشر العام للبارومتر ${arabicNumber(overall.score)} من 100 (مجال الثقة 95%: ${arabicNumber(overall.ci_low)} - ${arabicNumber(overall.ci_high)}). ${trend}`,
  );
  const scored = score.dimensions
    .map((entry) => ({ entry, dimension: model.dimensions.find((dimension) => dimension.code === entry.dimension) }))
    .filter(
      (item): item is { entry: (typeof score.dimensions)[number]; dimension: Dimension } =>
        item.dimension !== undefined,
    )
    .sort((a, b) => b.entry.score - a.entry.score || (a.dimension.code < b.dimension.code ? -1 : 1));
  const best = scored[0];
  const worst = scored.at(-1);
  if (best && worst && best !== worst) {
    paragraphs.push(
      `أعلى المحاور نتيجةً هو محور «${best.dimension.labelAr || best.dimension.label}» (${arabicNumber(best.entry.score)} من 100)، ` +
        `وأدناها محور «${worst.dimension.labelAr || worst.dimension.label}» (${arabicNumber(worst.entry.score)} من 100).`,
    );
  }
  paragraphs.push(
    `تُحسب التقديرات بأوزان المعاينة مع مجالات ثقة بنسبة 95%، ولا تُنشر أي نتيجة تستند إلى أقل من ${methodology.suppressionThreshold} مقابلات، حمايةً للأطفال من إمكانية التعرف عليهم.`,
  );
  return paragraphs;
}
