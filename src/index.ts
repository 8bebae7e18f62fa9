/**
 * soc-elements: registers every element and re-exports the classes and types.
 */
export { SocFormControl } from './fields/form-control.js';
export { SocTextField, type TextFormat } from './fields/text-field.js';
export { SocTextarea } from './fields/textarea.js';
export { SocRadioGroup } from './fields/radio-group.js';
export { SocRadio } from './fields/option.js';
export { SocCheckboxGroup } from './fields/checkbox-group.js';
export { SocCheckbox } from './fields/checkbox.js';
export { SocErrorSummary, type SummaryError } from './patterns/error-summary.js';
export { getLocale, localeReady, resolveLocale } from './localization/locale.js';
