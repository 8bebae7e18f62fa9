import { createApp } from 'vue';
import 'soc-elements';
import App from './App.vue';

createApp(App).mount('#app');
