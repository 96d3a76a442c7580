import type { CheckResult, Finding } from '@kinmap/model';

const SEVERITY: Record<Finding['severity'], string> = {
  error: 'Not met',
  warning: 'Check',
  info: 'Prompt',
};

/**
 * The minimum standard: "n of 8 met", each item, and every finding in plain English. Activating a
 * finding takes the user to the person and field that would resolve it.
 */
export function ChecklistPanel({
  result,
  onFinding,
}: {
  result: CheckResult;
  onFinding: (finding: Finding) => void;
}) {
  const { standard, findings } = result;
  const byKey = new Map(findings.map((finding) => [finding.key, finding]));
  const listed = new Set<string>();
  return (
    <section className="tab-panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Minimum standard</h2>
      <p className="standard__summary" role="status">
        {standard.met} of {standard.total} met
      </p>
      <ul className="standard__items">
        {standard.items.map((item) => (
          <li key={item.key}>
            {item.met ? (
              <span className="standard__met">
                <span aria-hidden="true">✓ </span>
                {item.label}: met
              </span>
            ) : (
              <span className="standard__unmet">
                <span aria-hidden="true">✗ </span>
                {item.label}: not met
              </span>
            )}
          </li>
        ))}
      </ul>
      <h3>What to do next</h3>
      <p className="muted">Choose an item to go to the field that resolves it.</p>
      {findings.length === 0 ? (
        <p>Nothing to do: every check is met.</p>
      ) : (
        <>
          {standard.items.map((item) => {
            const own = item.findings
              .map((key) => byKey.get(key))
              .filter((f): f is Finding => f !== undefined);
            own.forEach((f) => listed.add(f.key));
            return own.length === 0 ? null : (
              <FindingGroup key={item.key} heading={item.label} findings={own} onFinding={onFinding} />
            );
          })}
          <FindingGroup
            heading="Other checks"
            findings={findings.filter((finding) => !listed.has(finding.key))}
            onFinding={onFinding}
          />
        </>
      )}
    </section>
  );
}

function FindingGroup({
  heading,
  findings,
  onFinding,
}: {
  heading: string;
  findings: readonly Finding[];
  onFinding: (finding: Finding) => void;
}) {
  if (findings.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="findings">
        {findings.map((finding) => (
          <li key={finding.key}>
            <button
              type="button"
              className={`finding finding--${finding.severity}`}
              onClick={() => onFinding(finding)}
            >
              <span className="finding__severity">{SEVERITY[finding.severity]}:</span>
              {finding.message}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
