import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

// The id is stored in every panel row of `directus_panels`: it can never be renamed.
export default definePanel({
  id: 'barometer-coverage',
  name: 'Couverture de la collecte',
  icon: 'fact_check',
  description: 'Entretiens réalisés par rapport à la cible de chaque établissement, avec le seuil d’alerte de 80 %.',
  component: PanelComponent,
  minWidth: 16,
  minHeight: 10,
  options: [
    {
      field: 'wave',
      name: 'Vague',
      type: 'string',
      meta: {
        width: 'half',
        interface: 'input',
        options: { placeholder: 'W1', trim: true },
        note: 'Code de la vague, par exemple W2.',
      },
      schema: { default_value: 'W1' },
    },
  ],
});
