// Typos in enumerated attributes must fail type-checking: each `@ts-expect-error` below is itself
// an error ("Unused '@ts-expect-error' directive") as soon as the typo would be accepted.
import type {} from 'soc-elements/jsx/react';

export function Typos() {
  return (
    <>
      {/* @ts-expect-error personnummer is misspelt */}
      <soc-text-field label="Personnummer" format="personummer" />
      {/* @ts-expect-error 25 is not one of the widths */}
      <soc-text-field label="Postnummer" width="25" />
      {/* @ts-expect-error the audiences are guardian, child, reporter, professional */}
      <soc-confidentiality audience="parent" />
      {/* @ts-expect-error the variants are application and concern */}
      <soc-process-steps variant="concerns" />
      {/* @ts-expect-error the subjects are child, adult and ask */}
      <soc-concern-report subject="children" />
      {/* @ts-expect-error the audiences are family and adult */}
      <soc-application-form audience="adults" />
      {/* @ts-expect-error the detail of soc-submitted has a reference, not a ref */}
      <soc-concern-report onsoc-submitted={(e) => e.detail.ref} />
      {/* @ts-expect-error transport is a function, not a URL */}
      <soc-application-form transport="/api/submissions" />
    </>
  );
}
