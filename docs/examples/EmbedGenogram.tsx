// Embed a genogram in a case record: read the saved JSON, draw the chart with its key, and put the
// same family as tables next to it (the text alternative). Rendered by tests/react/docsExamples.test.tsx.
import { parseFamily } from '@kinmap/model';
import { FamilyTable, Genogram, Legend, kinmapStyles } from '@kinmap/react';

export function CaseGenogram({ json, asAt }: { json: string; asAt?: string }) {
  const parsed = parseFamily(json);
  if (!parsed.ok) {
    // Say what is wrong in words; never draw a half-read family.
    const issue = parsed.issues[0];
    const where = issue?.path ? `${issue.path} ` : '';
    return (
      <p role="alert">
        This family map could not be read: {where}
        {issue?.message}
      </p>
    );
  }
  const { family } = parsed;
  const settings = asAt ? { asAt } : {};
  return (
    <section aria-label="Genogram">
      <style>{kinmapStyles}</style>
      <Genogram family={family} width="100%" height={480} {...settings} />
      <Legend family={family} layoutOptions={settings} />
      <details>
        <summary>The family as tables</summary>
        <FamilyTable family={family} {...settings} />
      </details>
    </section>
  );
}
