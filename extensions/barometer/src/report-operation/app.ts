import { defineOperationApp } from '@directus/extensions-sdk';

export default defineOperationApp({
  id: 'barometer-report',
  name: 'Générer le baromètre (PDF)',
  icon: 'picture_as_pdf',
  description:
    'Construit le rapport PDF du baromètre des vagues sélectionnées et le range dans le dossier « Rapports ».',
  overview: () => [
    { label: 'Rapport', text: 'PDF du baromètre, dossier « Rapports » et collection Rapports' },
    { label: 'Accès', text: 'Coordinateur ou administrateur' },
  ],
  options: [],
});
