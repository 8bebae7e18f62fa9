import { expect } from '@open-wc/testing';
import type { SocServiceForm } from '../../src/services/service-form.js';

/** One task: lets the chained updates of a service and its fields finish. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/**
 * From the review page: checks axe on the review, on a failed send and on the receipt — the end
 * states every service shares.
 */
export async function expectEndStatesAccessible(el: SocServiceForm, label: string, reference: string): Promise<void> {
  await expect(el, `${label} review`).to.be.accessible();
  el.transport = async () => {
    throw new Error('offline');
  };
  await el.submit();
  await settle();
  await expect(el, `${label} failure`).to.be.accessible();
  el.transport = async () => ({ reference });
  await el.submit();
  await settle();
  await el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('soc-process-steps')?.updateComplete;
  await expect(el, `${label} receipt`).to.be.accessible();
}
