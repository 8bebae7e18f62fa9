// Typos in enumerated attributes must fail type-checking (an unused `@ts-expect-error` is an error).
import type {} from 'soc-elements/jsx/preact';

export function Typos() {
  return (
    <div>
      {/* @ts-expect-error postnummer is misspelt */}
      <soc-text-field label="Postnummer" format="postnumer" />
      {/* @ts-expect-error the audiences are guardian, child, professional */}
      <soc-placement-info audience="parents" />
      {/* @ts-expect-error the positions are sticky, fixed and static */}
      <soc-quick-exit position="floating" />
    </div>
  );
}
