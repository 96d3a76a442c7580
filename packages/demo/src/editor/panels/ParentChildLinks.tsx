import { enums, unlinkParentChild, updateLink, type Family, type LinkId } from '@kinmap/model';
import { useId, useRef, useState } from 'react';
import { useEditorApi, type Operation } from '../EditorContext.ts';
import { DateField } from '../fields/DateField.tsx';
import { idForPath, pathAttribute } from '../fields/fieldDom.ts';
import { TextField } from '../fields/TextField.tsx';
import { personName } from '../personName.ts';
import { confidenceLabel, parentKindLabel, responsibilityLabel } from './linkLabels.ts';
import {
  kindChangeProblem,
  linkEntries,
  partnershipOptions,
  withNames,
  type LinkEntry,
} from './parentLinks.ts';

type Patch = Parameters<typeof updateLink>[1]['patch'];

/** Links usually made by an order or a placement, whose legal basis and dates are always shown. */
const ORDER_KINDS: ReadonlySet<string> = new Set([
  'adoptive',
  'adopted_out',
  'foster',
  'kinship_foster',
  'special_guardian',
  'child_arrangements_lives_with',
  'private_foster',
  'legal_guardian',
]);

/**
 * The parent–child links of the selected person (or, on request, of the whole map): kind, parental
 * responsibility, the couple the child is from, legal basis and dates, each editable, and a link can be
 * removed (after a confirmation; undo brings it back).
 */
export function ParentChildLinks({ personId }: { personId: string | undefined }) {
  const api = useEditorApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const [showAll, setShowAll] = useState(personId === undefined);
  const everyLink = showAll || personId === undefined;
  const entries = linkEntries(api.family, everyLink ? undefined : personId);
  const total = api.family.parentChildLinks.length;
  const person = api.family.people.find((p) => p.id === personId);
  return (
    <section aria-labelledby="parent-links-heading">
      <h3 id="parent-links-heading" ref={heading} tabIndex={-1}>
        {everyLink || !person
          ? 'Every parent–child link on the map'
          : `Parents and children of ${personName(person)}`}
      </h3>
      {personId !== undefined && (
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          Show every parent–child link on the map ({total})
        </button>
      )}
      {entries.length === 0 && (
        <p className="muted">
          No parent–child links recorded. Use “+ Child” or “+ Parent” on the person tab.
        </p>
      )}
      <ul className="list-plain">
        {entries.map((entry) => (
          <li key={entry.link.id}>
            <LinkCard entry={entry} onRemoved={() => heading.current?.focus()} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LinkCard({ entry, onRemoved }: { entry: LinkEntry; onRemoved: () => void }) {
  const api = useEditorApi();
  const { link, index } = entry;
  const base = `parentChildLinks[${index}]`;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const headingId = useId();
  const update =
    (patch: Patch | null): Operation =>
    (f: Family) => {
      if (patch === null) {
        throw new Error('An order date or court is recorded: clear them first, or keep the order');
      }
      return updateLink(f, { id: link.id as LinkId, patch });
    };
  const named = (operation: Operation) => withNames(api.family, operation);
  const commit = (operation: Operation) => {
    const outcome = api.edit(named(operation), { showsRefusal: true });
    setError(outcome.ok ? undefined : outcome.message);
  };
  const parentName = entry.parent ? personName(entry.parent) : 'the parent';
  const childName = entry.child ? personName(entry.child) : 'the child';
  const partnerships = partnershipOptions(api.family, link);
  // The legal basis and dates are shown where they matter (a link made by an order or a placement, or
  // one with any of them recorded), or when asked for, or when a checklist finding is about them.
  const [basisOpen, setBasisOpen] = useState(false);
  const focusing = api.focusingPath ?? '';
  const basisShown =
    basisOpen ||
    ORDER_KINDS.has(link.kind) ||
    link.legalBasis !== undefined ||
    link.from !== undefined ||
    link.to !== undefined ||
    [`${base}.legalBasis`, `${base}.from`, `${base}.to`].some((p) => focusing.startsWith(p));

  return (
    <article className="item-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{entry.title}</h4>
      <LinkSelect
        label="Kind of link"
        path={`${base}.kind`}
        value={link.kind}
        options={enums.ParentChildKind.map((value) => ({ value, label: parentKindLabel(value) }))}
        onChange={(value) => {
          const kind = value as typeof link.kind;
          const problem = kindChangeProblem(api.family, link, kind);
          if (problem) setError(problem);
          else commit(update({ kind }));
        }}
      />
      {link.kind === 'other' && (
        <TextField
          label="Describe the link"
          path={`${base}.kindOther`}
          value={link.kindOther}
          toOperation={(text) => named(update({ kindOther: text }))}
        />
      )}
      <LinkSelect
        label="Parental responsibility"
        path={`${base}.parentalResponsibility`}
        value={link.parentalResponsibility}
        options={enums.ParentalResponsibility.map((value) => ({ value, label: responsibilityLabel(value) }))}
        onChange={(value) =>
          commit(update({ parentalResponsibility: value as typeof link.parentalResponsibility }))
        }
      />
      <LinkSelect
        label={`Which couple ${childName} is from`}
        hint={`Choose among ${parentName}’s partnerships, or none (a single parent, or a carer).`}
        path={`${base}.partnership`}
        value={link.partnership ?? ''}
        options={[
          { value: '', label: 'None' },
          ...partnerships.map((p) => ({ value: p.id, label: p.label })),
        ]}
        onChange={(value) =>
          commit(
            update({ partnership: value === '' ? null : (value as NonNullable<typeof link.partnership>) }),
          )
        }
      />
      {basisShown ? (
        <div>
          <TextField
            label="Legal basis: the order"
            hint="For example: special guardianship order, child arrangements order, adoption order."
            path={`${base}.legalBasis.order`}
            value={link.legalBasis?.order}
            toOperation={(text) =>
              named(
                update(
                  text === null
                    ? link.legalBasis?.date || link.legalBasis?.court
                      ? null
                      : { legalBasis: null }
                    : { legalBasis: { order: text } },
                ),
              )
            }
          />
          <DateField
            legend="Date of the order"
            path={`${base}.legalBasis.date`}
            value={link.legalBasis?.date}
            toOperation={(date) => (f: Family) => {
              if (date !== null && !link.legalBasis?.order) {
                throw new Error(
                  'Type the order first (for example “special guardianship order”), then its date',
                );
              }
              return named(update(link.legalBasis ? { legalBasis: { date } } : { legalBasis: null }))(f);
            }}
          />
          <TextField
            label="Court (optional)"
            path={`${base}.legalBasis.court`}
            value={link.legalBasis?.court}
            toOperation={(court) => (f: Family) => {
              if (court !== null && !link.legalBasis?.order) {
                throw new Error('Type the order first, then the court that made it');
              }
              return named(update(link.legalBasis ? { legalBasis: { court } } : { legalBasis: null }))(f);
            }}
          />
          <DateField
            legend="From"
            hint="When this link began, if it did not begin at birth (a placement, an order)."
            path={`${base}.from`}
            value={link.from}
            toOperation={(date) => named(update({ from: date }))}
          />
          <DateField
            legend="Until"
            hint="When it ended, if it has."
            path={`${base}.to`}
            value={link.to}
            toOperation={(date) => named(update({ to: date }))}
          />
        </div>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setBasisOpen(true);
            api.requestFocus(`${base}.legalBasis.order`);
          }}
        >
          Add the legal basis or dates<span className="visually-hidden">: {entry.title}</span>
        </button>
      )}
      <LinkSelect
        label="How sure is this link"
        path={`${base}.confidence`}
        value={link.confidence}
        options={enums.LinkConfidence.map((value) => ({ value, label: confidenceLabel(value) }))}
        onChange={(value) => commit(update({ confidence: value as typeof link.confidence }))}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm removal">
          <p>
            Remove the link between {parentName} and {childName}? Both stay on the map, and Undo brings the
            link back.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              autoFocus
              onClick={() => {
                const outcome = api.editAll(
                  [named((f: Family) => unlinkParentChild(f, { id: link.id }))],
                  `Removed the link ${entry.title}`,
                  { showsRefusal: true },
                );
                setConfirming(false);
                if (outcome.ok) onRemoved();
                else setError(outcome.message);
              }}
            >
              Yes, remove the link
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          Remove this link<span className="visually-hidden">: {entry.title}</span>
        </button>
      )}
    </article>
  );
}

/** A drop-down bound to one field of a link; a refusal is shown beside it as an alert. */
function LinkSelect({
  label,
  path,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  path: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
}) {
  const id = idForPath(path);
  const findings = useEditorApi().findingsByPath.get(path) ?? [];
  const described = [hint ? `${id}-hint` : '', findings.length > 0 ? `${id}-check` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={described || undefined}
        {...pathAttribute(path)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {findings.length > 0 && (
        <p id={`${id}-check`} className="field__check">
          {findings.map((finding) => `Checklist: ${finding.message}`).join(' ')}
        </p>
      )}
    </div>
  );
}
