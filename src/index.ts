/**
 * soc-elements: registers every element and re-exports the classes and types.
 */
export { SocFormControl } from './fields/form-control.js';
// Groups are defined before the fields that can sit in their revealed content: Firefox gives the
// saved states back in upgrade order, not document order, and a group comes before its nested
// fields in the document (README, Supported browsers).
export { SocRadioGroup } from './fields/radio-group.js';
export { SocRadio } from './fields/option.js';
export { SocCheckboxGroup } from './fields/checkbox-group.js';
export { SocCheckbox } from './fields/checkbox.js';
export { SocTextField, type TextFormat, type TextWidth } from './fields/text-field.js';
export { SocTextarea } from './fields/textarea.js';
export { SocSelect } from './fields/select.js';
export { SocDateInput } from './fields/date-input.js';
export { SocErrorSummary, type SummaryError } from './patterns/error-summary.js';
export { SocQuickExit, SocQuickExitEvent } from './patterns/quick-exit.js';
export { clearDrafts, DRAFT_PREFIX } from './patterns/drafts.js';
export { SocProcessSteps } from './info/process-steps.js';
export { SocProcessStep } from './info/process-step.js';
export { SocContactHours } from './info/contact-hours.js';
export { SocConfidentiality } from './info/confidentiality.js';
export { SocAppealGuide } from './info/appeal-guide.js';
export { SocPlacementInfo } from './info/placement-info.js';
export { SocAidEstimate } from './info/aid-estimate.js';
export { SocConcernReport } from './services/concern-report.js';
export { SocApplicationForm } from './services/application-form.js';
export { SocSupportOption } from './services/support-option.js';
export { SocEconomicAidForm } from './services/economic-aid-form.js';
export { SocFeedbackForm } from './services/feedback-form.js';
export { SocServiceForm, type Payload } from './services/service-form.js';
export type { Question, Note, StepModel, ServiceModel, ReviewRow, Answer, Answers, Kind, Choice, At } from './patterns/wizard/questions.js';
export { SocSubmitEvent, SocSubmittedEvent, SocSubmitErrorEvent, SocStepChangeEvent } from './patterns/wizard/events.js';
export { SubmitError, httpTransport, type Transport, type SubmitResult, type FieldError } from './services/submission.js';
export { getLocale, localeReady, resolveLocale } from './localization/locale.js';
export { setLocaleBase } from './localization/locale-base.js';
