// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'chars-left-one': str`You have ${0} character left.`,
  'chars-left-other': str`You have ${0} characters left.`,
  'chars-over-one': str`You have ${0} character too many.`,
  'chars-over-other': str`You have ${0} characters too many.`,
  's05644759ef8df961': str`Enter ${0}.`,
  's146972216d388e89': `The date in the personal identity number does not exist. Check the year, month and day.`,
  's1df789f5d6c8bd04': `Fill in this field.`,
  's2a55ddba1fb94dcc': str`The text is too long. Use ${0} characters or fewer.`,
  's32eed3e6c80a2d28': `(required)`,
  's3aa7b3852a389296': `Error:`,
  's4252ed9925027863': str`The text is too long. Use ${0} words or fewer.`,
  's58d286c795483765': str`You can write up to ${0} words.`,
  's7348ed75c31b7798': `The personal identity number is not correct. Check that all the digits are right.`,
  's846c5e87f6e2bbde': str`You can write up to ${0} characters.`,
  's84fcec88c9e0c149': `Select the box to continue.`,
  'sa1d7c581e3d21970': str`Select an answer: ${0}`,
  'sa2aab01f43f6ed40': `Select an answer.`,
  'sb3fcdb306d47a8ef': str`Select at least one answer: ${0}`,
  'sba7ada213e62e57e': `Enter the email address in the correct format, like name@example.se.`,
  'sbd17e5f579b07535': `The text is too long. Make it shorter.`,
  'sc6e1d5baf9139e7b': `Enter the phone number with the area code, like 070-123 45 67.`,
  'scba1b81280e87c25': `Select at least one answer.`,
  'se633b14dc1876eab': `Enter the postcode with 5 digits, like 123 45.`,
  'seab2cb48bf9a0741': `Enter the personal identity number with 10 or 12 digits, like YYYYMMDD-NNNN.`,
  'sf90691266cb6f7ef': `Check your answer.`,
  'words-left-one': str`You have ${0} word left.`,
  'words-left-other': str`You have ${0} words left.`,
  'words-over-one': str`You have ${0} word too many.`,
  'words-over-other': str`You have ${0} words too many.`,
};
