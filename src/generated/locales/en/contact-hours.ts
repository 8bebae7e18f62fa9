// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'contact-hours-closed': `Closed`,
  's00ea45a9b632c842': `Opening hours`,
  's1871c60cca203f43': `Call 112`,
  's1e2093c495ed45a7': `Closed`,
  's21a4b75cf85b2551': `Contact social services`,
  's32116173b5097eb0': `Call 112 and ask for the social services emergency team (socialjouren).`,
  's54c74b271c5471a2': `Christmas Eve, Midsummer Eve and New Year’s Eve`,
  's7b062b5b4e5ebdef': str`Closed for lunch, opens at ${0}`,
  's7d961c0dd741e29e': `Public holidays`,
  's7fc9270264518fcd': `In an emergency in the evening or at the weekend`,
  's8ba044bf2b9a5fa0': `If someone is in danger right now:`,
  's8e3413a15c507a81': `Call the social services emergency team (socialjouren):`,
  'sa914245bd113c326': str`Closed, opens tomorrow at ${0}`,
  'sb0e4fbf887e0c0d2': `Phone:`,
  'sb26806b87d616f6b': `Call the municipality’s switchboard and ask to speak to social services.`,
  'sb2d047e3a359ce27': str`Closed, opens ${0} at ${1}`,
  'sba8d382b10f4a8a5': `Open now`,
  'see781a29178a2ae9': str`Closed, opens at ${0}`,
  'sf5c7035cb2ff14bf': str`Open now, closes at ${0}`,
};
