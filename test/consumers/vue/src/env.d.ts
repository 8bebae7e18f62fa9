// The template types of the soc-* elements, loaded once for the whole app.
import type {} from 'soc-elements/vue';
