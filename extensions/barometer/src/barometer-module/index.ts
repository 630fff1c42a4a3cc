import { defineModule } from '@directus/extensions-sdk';
import BuilderPage from './instruments/builder-page.vue';
import InstrumentsPage from './instruments/instruments-page.vue';
import ModuleHome from './module-home.vue';
import MyInterviewsPage from './fieldwork/my-interviews-page.vue';
import ReviewPage from './fieldwork/review-page.vue';
import TracerPage from './followups/tracer-page.vue';
import WavePage from './waves/wave-page.vue';

export default defineModule({
  id: 'barometer',
  name: 'Baromètre',
  icon: 'speed',
  routes: [
    { path: '', component: ModuleHome },
    { path: 'waves/:code', component: WavePage, props: true },
    { path: 'instruments', component: InstrumentsPage },
    { path: 'builder/:id', component: BuilderPage, props: true },
    { path: 'interviews', component: MyInterviewsPage },
    { path: 'review', component: ReviewPage },
    { path: 'followups', component: TracerPage },
  ],
});
