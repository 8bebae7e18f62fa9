// The JSX types of the soc-* elements for React, loaded once for the whole app.
import type {} from 'soc-elements/jsx/react';
