import { createApp } from 'vue';
import FieldApp from './field-app.vue';
import './field.css';
import { registerPrimitives } from './primitives/index.ts';

const app = createApp(FieldApp);
registerPrimitives(app);
app.mount('#app');

// The service worker keeps the page's files so it opens with no network (secure contexts only:
// HTTPS, or localhost while testing).
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('./sw.js');
