import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/index.js';
import { define } from '../src/define.js';

describe('registering twice (two copies of the library on one page)', () => {
  it('keeps the first registration, does not throw, and says so once in the console', () => {
    const first = customElements.get('soc-text-field');
    const logged: unknown[][] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void logged.push(args);
    try {
      class SecondCopy extends LitElement {}
      class SecondCopyArea extends LitElement {}
      expect(() => define('soc-text-field', SecondCopy)).to.not.throw();
      expect(() => define('soc-textarea', SecondCopyArea)).to.not.throw();
    } finally {
      console.info = info;
    }
    expect(customElements.get('soc-text-field')).to.equal(first);
    expect(logged.length).to.equal(1);
    expect(String(logged[0]![0])).to.contain('already registered');
  });

  it('defines every element of the contract', () => {
    for (const tag of [
      'soc-text-field', 'soc-textarea', 'soc-radio-group', 'soc-radio', 'soc-checkbox-group', 'soc-checkbox',
      'soc-error-summary', 'soc-quick-exit', 'soc-application-form', 'soc-concern-report', 'soc-process-steps',
      'soc-process-step', 'soc-contact-hours', 'soc-confidentiality', 'soc-select', 'soc-date-input', 'soc-aid-estimate',
    ]) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });
});
