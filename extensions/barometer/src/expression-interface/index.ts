import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
  id: 'barometer-expression',
  name: 'Expression XLSForm',
  description: 'Condition, contrainte ou calcul vérifié pendant la saisie contre les codes du questionnaire.',
  icon: 'functions',
  component: InterfaceComponent,
  types: ['text', 'string'],
  group: 'standard',
  options: [
    {
      field: 'allowCurrent',
      name: 'Autoriser « . » (la réponse en cours)',
      type: 'boolean',
      meta: {
        interface: 'boolean',
        width: 'half',
        note: 'À cocher pour une contrainte, où « . » désigne la réponse vérifiée.',
      },
      schema: { default_value: false },
    },
  ],
});
