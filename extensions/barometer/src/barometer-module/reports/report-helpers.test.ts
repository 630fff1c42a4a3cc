import { describe, expect, it } from 'vitest';
import {
  assetDownloadUrl,
  waveExportUrl,
  buildProgressLabel,
  canBuildReport,
  groupByDimension,
  shortSha,
} from './report-helpers.ts';

describe('report helpers', () => {
  it('offers the report once the wave has figures', () => {
    expect(canBuildReport('planned')).toBe(false);
    expect(['open', 'locked', 'published'].every((status) => canBuildReport(status as 'open'))).toBe(true);
  });

  it('says whether the build waits (behind how many) or runs (how far)', () => {
    expect(buildProgressLabel({ state: 'queued', ahead: 2, progress: null })).toBe(
      'En file d’attente (2 rapports avant celui-ci)…',
    );
    expect(buildProgressLabel({ state: 'queued', ahead: 1, progress: null })).toBe(
      'En file d’attente (1 rapport avant celui-ci)…',
    );
    expect(buildProgressLabel({ state: 'building', ahead: 0, progress: 0.4 })).toBe('Construction du rapport… 40 %');
    expect(buildProgressLabel(null)).toBe('Construction du rapport…');
    expect(buildProgressLabel({ state: 'building', ahead: 0, progress: 0.4 }, 'ar')).toBe('جارٍ إعداد التقرير… 40٪');
    expect(buildProgressLabel({ state: 'queued', ahead: 2, progress: null }, 'ar')).toBe(
      'في قائمة الانتظار (2 تقارير قبله)…',
    );
  });

  it('shortens a sha256 and dashes a missing one', () => {
    expect(shortSha('0123456789abcdef0123')).toBe('0123456789ab');
    expect(shortSha(null)).toBe('—');
  });

  it('builds a wave export address under the API base', () => {
    expect(waveExportUrl('W 2', 'spss', 'http://host/omp/')).toBe(
      'http://host/omp/barometer/waves/W%202/export?format=spss',
    );
  });

  it('builds the download address under the API base, as the app does', () => {
    expect(assetDownloadUrl('f-1', 'http://host/omp/')).toBe('http://host/omp/assets/f-1?download=');
    expect(assetDownloadUrl('f-1', 'http://host/')).toBe('http://host/assets/f-1?download=');
  });

  it('groups by dimension in its order, the most urgent first, the unclassified last', () => {
    const legal = { code: 'LEGAL', label: 'Droits', sort: 2 };
    const safety = { code: 'SAFETY', label: 'Sécurité', sort: 1 };
    const groups = groupByDimension([
      { id: 1, priority: 'low', dimension: legal },
      { id: 2, priority: 'high', dimension: null },
      { id: 3, priority: 'medium', dimension: safety },
      { id: 4, priority: 'high', dimension: legal },
    ]);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.id)])).toEqual([
      ['Sécurité', [3]],
      ['Droits', [4, 1]],
      ['Sans dimension', [2]],
    ]);
  });
});
