// The JSX types of the soc-* elements for Preact, loaded once for the whole app.
import type {} from 'soc-elements/jsx/preact';
