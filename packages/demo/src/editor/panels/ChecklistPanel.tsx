import {
  recordChecklist,
  type CheckResult,
  type Family,
  type Finding,
  type StandardItem,
} from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { requestAgency } from './agencyRequest.ts';
import { findingTarget } from './findingTarget.ts';
import { startFinding } from './startFinding.ts';
import { itemStateWords, recordWords, summaryWords } from './checklistWords.ts';
import { latestChecklistRecord } from '../../storage/checklistRecords.ts';

const SEVERITY: Record<Finding['severity'], string> = {
  error: 'Not met',
  warning: 'Check',
  info: 'Prompt',
};

const STATE_CLASS: Record<StandardItem['state'], string> = {
  not_started: 'standard__not-started',
  not_met: 'standard__unmet',
  met_with_warnings: 'standard__warned',
  met: 'standard__met',
};

const STATE_MARK: Record<StandardItem['state'], string> = {
  not_started: '○ ',
  not_met: '✗ ',
  met_with_warnings: '! ',
  met: '✓ ',
};

/**
 * The minimum standard as it is: each item "Not started", "Not met", "Met, with 2 warnings" or "Met";
 * the summary "3 of 8 met · 2 warnings"; the latest dated record saved with the map; and every finding
 * in plain English. Activating a finding (or a not-started item's first step) takes the user to the
 * person and field that would resolve it.
 */
export function ChecklistPanel({
  result,
  family,
  onFinding,
}: {
  result: CheckResult;
  family: Family;
  onFinding: (finding: Finding) => void;
}) {
  const api = useEditorApi();
  const { standard, findings } = result;
  const record = latestChecklistRecord(family);
  const byKey = new Map(findings.map((finding) => [finding.key, finding]));
  const listed = new Set<string>();
  const go = (finding: Finding) => {
    const target = findingTarget(family, finding);
    requestAgency({ category: target.agencyCategory, personId: target.personId });
    onFinding(finding);
  };
  return (
    <section className="tab-panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Minimum standard</h2>
      <p className="standard__summary" role="status">
        {summaryWords(standard)}
      </p>
      <p className="muted standard__record">
        {record
          ? `Saved with the map: ${recordWords(record)}.`
          : 'No record saved with the map yet: one is saved with each change, one a day.'}
      </p>
      <button
        type="button"
        className="button button--small"
        data-path="checklistRecords"
        onClick={() => api.edit((f: Family) => recordChecklist(f))}
      >
        Record today’s checklist with the map
      </button>
      <ul className="standard__items">
        {standard.items.map((item) => (
          <li key={item.key} data-item={item.key}>
            <span className={STATE_CLASS[item.state]}>
              <span aria-hidden="true">{STATE_MARK[item.state]}</span>
              {item.label}: <span className="standard__state">{itemStateWords(item)}</span>
            </span>
            {item.state === 'not_started' && item.start && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--link standard__start"
                  data-finding-path={startFinding(family, item).path}
                  onClick={() => go(startFinding(family, item))}
                >
                  {item.start.message}
                </button>
              </>
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
              <FindingGroup key={item.key} heading={item.label} findings={own} onFinding={go} />
            );
          })}
          <FindingGroup
            heading="Other checks"
            findings={findings.filter((finding) => !listed.has(finding.key))}
            onFinding={go}
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
              data-finding-path={finding.path}
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
