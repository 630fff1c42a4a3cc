import { defineModule } from '@directus/extensions-sdk';
import ModuleHome from './module-home.vue';

export default defineModule({
  id: 'barometer',
  name: 'Baromètre',
  icon: 'speed',
  routes: [{ path: '', component: ModuleHome }],
});
