// The Directus app components the questionnaire renderer is written with, as small native stand-ins:
// the offline page renders the same question components without the app around them.
import { defineComponent, h, type App } from 'vue';
import VButton from './v-button.vue';
import VChoice from './v-choice.vue';
import VDivider from './v-divider.vue';
import VIcon from './v-icon.vue';
import VInput from './v-input.vue';
import VNotice from './v-notice.vue';
import VProgressLinear from './v-progress-linear.vue';
import VSelect from './v-select.vue';

// Everything else the caller passes falls through to v-choice's props and listeners.
const VRadio = defineComponent(() => () => h(VChoice, { multiple: false }));
const VCheckbox = defineComponent(() => () => h(VChoice, { multiple: true }));

export function registerPrimitives(app: App): void {
  app.component('v-button', VButton);
  app.component('v-checkbox', VCheckbox);
  app.component('v-divider', VDivider);
  app.component('v-icon', VIcon);
  app.component('v-input', VInput);
  app.component('v-notice', VNotice);
  app.component('v-progress-linear', VProgressLinear);
  app.component('v-radio', VRadio);
  app.component('v-select', VSelect);
}
