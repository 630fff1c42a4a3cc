import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

// The id is stored in every panel row of `directus_panels`: it can never be renamed.
export default definePanel({
  id: 'barometer-score',
  name: 'Score du baromètre',
  icon: 'speed',
  description: 'Score global et par dimension (jauges avec intervalle à 95 %) et tableau des indicateurs d’une vague.',
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
        note: 'Code de la vague, par exemple W1.',
      },
      schema: { default_value: 'W1' },
    },
    {
      field: 'show',
      name: 'Afficher',
      type: 'string',
      meta: {
        width: 'half',
        interface: 'select-dropdown',
        options: {
          choices: [
            { text: 'Jauges du score', value: 'gauges' },
            { text: 'Tableau des indicateurs', value: 'table' },
            { text: 'Les deux', value: 'both' },
          ],
        },
      },
      schema: { default_value: 'both' },
    },
  ],
});
