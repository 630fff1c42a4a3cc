import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
  id: 'barometer-questionnaire',
  name: 'Questionnaire du baromètre',
  description: 'Saisie des réponses d’un entretien selon sa version de questionnaire (sections, sauts, contraintes).',
  icon: 'fact_check',
  component: InterfaceComponent,
  types: ['json'],
  group: 'other',
  options: null,
});
