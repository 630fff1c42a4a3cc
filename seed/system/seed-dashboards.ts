// The Insights dashboard "Baromètre": the locked wave's score and indicators beside the open wave's
// coverage, drawn by the bundle's `barometer-score` and `barometer-coverage` panels. Dashboards are
// data, not schema: created here with fixed ids, so a second run finds them and adds nothing, and a
// panel someone has since moved or edited is left as it is.
import { BAROMETER_DASHBOARD_ID } from '../../extensions/barometer/src/shared/ids.ts';
import type { Api } from '../../scripts/lib/api.ts';

// Positions and sizes are Insights grid units (18 px): 52 wide fits beside the app's navigation and sidebar on a 1600 px screen.
const panels = [
  {
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000d2',
    name: 'Score du baromètre — W1',
    icon: 'speed',
    type: 'barometer-score',
    position_x: 1,
    position_y: 1,
    width: 26,
    height: 25,
    options: { wave: 'W1', show: 'gauges' },
  },
  {
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000d3',
    name: 'Couverture de la collecte — W2',
    icon: 'fact_check',
    type: 'barometer-coverage',
    position_x: 27,
    position_y: 1,
    width: 26,
    height: 25,
    options: { wave: 'W2' },
  },
  {
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000d4',
    name: 'Indicateurs — W1',
    icon: 'table_chart',
    type: 'barometer-score',
    position_x: 1,
    position_y: 26,
    width: 52,
    height: 30,
    options: { wave: 'W1', show: 'table' },
  },
] as const;

export async function seedDashboards(api: Api): Promise<void> {
  const dashboards = await api.get<Array<{ id: string }>>(
    `/dashboards?filter[id][_eq]=${BAROMETER_DASHBOARD_ID}&fields=id`,
  );
  if (dashboards.length === 0) {
    await api.post('/dashboards', {
      id: BAROMETER_DASHBOARD_ID,
      name: 'Baromètre',
      icon: 'speed',
      color: '#1D5C63',
      note: 'Score de la vague verrouillée W1, ses indicateurs, et la couverture de la collecte en cours (W2).',
    });
  }
  const ids = panels.map((panel) => panel.id).join(',');
  const existing = new Set(
    (await api.get<Array<{ id: string }>>(`/panels?filter[id][_in]=${ids}&fields=id`)).map((panel) => panel.id),
  );
  const missing = panels.filter((panel) => !existing.has(panel.id));
  if (missing.length > 0) {
    await api.post(
      '/panels',
      missing.map((panel) => ({
        ...panel,
        dashboard: BAROMETER_DASHBOARD_ID,
        show_header: true,
        color: null,
        note: null,
      })),
    );
  }
}
