// The flows every install has: "Générer le baromètre", a button on a wave's page that runs the
// `barometer-report` operation (extensions/barometer/src/report-operation). Flows are data, not
// schema: created here with fixed ids, so a second run finds them and adds nothing.
import { REPORT_FLOW_ID, REPORT_OPERATION_ID } from '../../extensions/barometer/src/shared/ids.ts';
import type { Api } from '../../scripts/lib/api.ts';

export async function seedFlows(api: Api): Promise<void> {
  const flows = await api.get<Array<{ id: string; operation: string | null }>>(
    `/flows?filter[id][_eq]=${REPORT_FLOW_ID}&fields=id,operation`,
  );
  if (flows.length === 0) {
    await api.post('/flows', {
      id: REPORT_FLOW_ID,
      name: 'Générer le baromètre',
      icon: 'picture_as_pdf',
      color: '#1D5C63',
      description: 'Construit le rapport PDF du baromètre de la vague et le range dans le dossier « Rapports ».',
      status: 'active',
      trigger: 'manual',
      accountability: 'all',
      options: {
        collections: ['waves'],
        location: 'item',
        requireSelection: true,
        requireConfirmation: true,
        confirmationDescription:
          'Générer le rapport PDF du baromètre pour cette vague ? Il est construit à partir des chiffres de la vague (figés si elle est verrouillée) ' +
          'et rangé dans le dossier « Rapports ». Comptez quelques secondes.',
        async: false,
        // Without it a failed build would still be announced as a success in the app.
        error_on_reject: true,
      },
    });
  }
  const operations = await api.get<Array<{ id: string }>>(
    `/operations?filter[id][_eq]=${REPORT_OPERATION_ID}&fields=id`,
  );
  if (operations.length === 0) {
    await api.post('/operations', {
      id: REPORT_OPERATION_ID,
      flow: REPORT_FLOW_ID,
      name: 'Construire et ranger le PDF',
      key: 'barometer_report',
      type: 'barometer-report',
      position_x: 19,
      position_y: 1,
      options: {},
    });
  }
  if (flows[0]?.operation !== REPORT_OPERATION_ID)
    await api.patch(`/flows/${REPORT_FLOW_ID}`, { operation: REPORT_OPERATION_ID });
}
