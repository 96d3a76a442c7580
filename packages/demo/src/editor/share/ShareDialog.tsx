import {
  ModelError,
  preShareFindings,
  recordShare,
  redactFamily,
  type PersonId,
  type PreShareRecord,
  type RedactionProfile,
  type SensitivityClass,
} from '@kinmap/model';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadBlob } from '../../files/download.ts';
import { useEditorApi } from '../EditorContext.ts';
import { PreShareChecks } from './PreShareChecks.tsx';
import { ProfileField } from './ProfileField.tsx';
import { ProfileOptIns } from './ProfileOptIns.tsx';
import { ProfilePeople } from './ProfilePeople.tsx';
import { RecipientField } from './RecipientField.tsx';
import { RemovalSummary } from './RemovalSummary.tsx';
import { ShareBasisFields } from './ShareBasisFields.tsx';
import { ShareDownloads } from './ShareDownloads.tsx';
import {
  basisProblems,
  EMPTY_BASIS,
  preShareRecordOf,
  shareRecordInput,
  type ShareBasis,
} from './shareBasis.ts';
import { makeShareFile, type CopyFormat } from './shareFiles.ts';
import { recipientName, redactOptionsFor, shareProblems, type RecipientChoice } from './shareForm.ts';
import { profileLabel } from './shareWords.ts';
import './share.css';

/** The failure shown while something marked in the dialog is still to put right. */
const INCOMPLETE = 'The copy cannot be made yet: put right what is marked above.';

/** Where "Your name or role" is remembered on this device, so it is typed once. */
const SHARED_BY_KEY = 'kinmap-demo:shared-by';

function rememberedBy(): string {
  try {
    return localStorage.getItem(SHARED_BY_KEY) ?? '';
  } catch {
    return '';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ModelError) {
    const issue = error.issues[0];
    return issue ? `${issue.path ? `${issue.path} ` : ''}${issue.message}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The "Share or print" dialog: who the copy is for and what kind of copy, what it leaves out, the
 * pre-share checks, the lawful basis and consent, then the downloads, each made from the redacted
 * copy and recorded on the map. A modal dialog: focus moves into it and back to the button that
 * opened it; Escape closes it.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const api = useEditorApi();
  const { family } = api;
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement>(null);
  const [recipient, setRecipient] = useState<RecipientChoice>({ kind: 'other', name: '' });
  const [profile, setProfile] = useState<RedactionProfile>('partner_agency');
  const [requester, setRequester] = useState<PersonId | ''>('');
  const [familyMembers, setFamilyMembers] = useState<PersonId[]>([]);
  const [include, setInclude] = useState<Partial<Record<SensitivityClass, string>>>({});
  const [basis, setBasis] = useState<ShareBasis>(() => ({ ...EMPTY_BASIS, by: rememberedBy() }));
  const [acknowledged, setAcknowledged] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState<CopyFormat | undefined>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | undefined>();

  // Opens as a modal (the rest of the page is inert), focus on the first field; on closing, focus
  // goes back to what had it (the "Share or print" button).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = firstFieldRef.current ?? dialog.querySelector<HTMLElement>('input, select');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  const problems = shareProblems(family, { recipient, profile, requester, familyMembers, include });
  const needsRequester = problems.requester !== undefined;
  const options = useMemo(
    () => redactOptionsFor(family, { profile, requester, familyMembers, include }),
    [family, profile, requester, familyMembers, include],
  );
  const redaction = useMemo(() => {
    if (needsRequester) return undefined;
    try {
      return { result: redactFamily(family, profile, options) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  }, [family, profile, options, needsRequester]);

  // The pre-share check reads which basis, condition and consent are chosen, and only whether a
  // reason is given: typing the reason does not redact the map again at each key.
  const record = preShareRecordOf(basis);
  const { lawfulBasis, condition } = record;
  const consentState = record.consent?.state;
  const hasReason = Boolean(record.consent?.reason);
  const findings = useMemo(() => {
    if (!redaction?.result) return [];
    const share: PreShareRecord = {
      ...(lawfulBasis ? { lawfulBasis } : {}),
      ...(condition ? { condition } : {}),
      // The reason's words do not matter to the check, only that there is one.
      ...(consentState
        ? { consent: { state: consentState, ...(hasReason ? { reason: 'given' } : {}) } }
        : {}),
    };
    return preShareFindings(family, profile, share, options);
  }, [family, profile, options, redaction, lawfulBasis, condition, consentState, hasReason]);
  const needsAcknowledging = findings.some((finding) => !finding.path.startsWith('share.'));
  // A different copy has different checks: read them again.
  useEffect(() => setAcknowledged(false), [profile, requester, familyMembers]);

  const basisErrors = basisProblems(basis);
  const ackError =
    needsAcknowledging && !acknowledged ? 'Read the checks above, then tick the box to share.' : undefined;

  const incomplete =
    Object.keys(problems).length > 0 || Object.keys(basisErrors).length > 0 || ackError !== undefined;

  function focusFirstProblem() {
    requestAnimationFrame(() =>
      dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  async function download(format: CopyFormat) {
    setShowProblems(true);
    setFailure(undefined);
    const result = redaction?.result;
    if (incomplete || !result) {
      setStatus('');
      setFailure(INCOMPLETE);
      focusFirstProblem();
      return;
    }
    const share = { recipient, profile, basis, format, summary: result.summary };
    try {
      // A dry run: the record must be one the map accepts before any file leaves.
      recordShare(family, shareRecordInput(family, share));
    } catch (error) {
      setStatus('');
      setFailure(`The share cannot be recorded: ${messageOf(error)}`);
      return;
    }
    setBusy(format);
    setStatus(`Making the ${format.toUpperCase()} file…`);
    try {
      const file = await makeShareFile({ family, copy: result.family, profile, options }, format);
      downloadBlob(file.blob, file.fileName);
      const outcome = api.edit((current) => recordShare(current, shareRecordInput(current, share)), {
        showsRefusal: true,
      });
      try {
        localStorage.setItem(SHARED_BY_KEY, basis.by.trim());
      } catch {
        // Remembering the name is a convenience.
      }
      if (outcome.ok) {
        setStatus(
          `Downloaded “${file.fileName}”, a copy for ${recipientName(family, recipient)} (${profileLabel(profile).toLowerCase()}). Recorded on the map under “Shared”.`,
        );
      } else {
        setStatus('');
        setFailure(`The file was saved, but the share could not be recorded on the map: ${outcome.message}`);
      }
    } catch (error) {
      setStatus('');
      setFailure(`The ${format.toUpperCase()} file could not be made: ${messageOf(error)}`);
    } finally {
      setBusy(undefined);
    }
  }

  const shown = showProblems ? problems : {};
  // "Put right what is marked" goes once nothing is marked.
  const failureShown = failure === INCOMPLETE && !incomplete ? undefined : failure;
  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => {
        // Escape closes the dialog; React state follows through `onClose`.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="share-dialog__head">
        <h2 id={`${id}-title`}>Share or print</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close<span className="visually-hidden"> the share dialog</span>
        </button>
      </div>
      <p className="share-dialog__intro">
        The copy leaves out what its reader may not see. It is made on this device and recorded on the map. To
        print a copy for someone, download the PDF and print that.
      </p>
      <RecipientField
        family={family}
        value={recipient}
        onChange={setRecipient}
        error={shown.recipient}
        selectRef={firstFieldRef}
      />
      <ProfileField value={profile} onChange={setProfile} />
      <ProfilePeople
        family={family}
        profile={profile}
        requester={requester}
        onRequester={setRequester}
        familyMembers={familyMembers}
        onFamilyMembers={setFamilyMembers}
        error={shown.requester}
      />
      {redaction?.result && (
        <RemovalSummary family={family} summary={redaction.result.summary} headingId={`${id}-removal`} />
      )}
      {redaction?.error && (
        <p className="field__error" role="alert">
          The copy cannot be made: {redaction.error}
        </p>
      )}
      <ProfileOptIns profile={profile} include={include} onChange={setInclude} error={shown.include} />
      {redaction?.result && (
        <PreShareChecks
          findings={findings}
          headingId={`${id}-checks`}
          acknowledged={acknowledged}
          onAcknowledge={setAcknowledged}
          error={showProblems ? ackError : undefined}
        />
      )}
      <ShareBasisFields
        basis={basis}
        onChange={setBasis}
        problems={showProblems ? basisErrors : {}}
        headingId={`${id}-basis`}
      />
      <ShareDownloads busy={busy} onDownload={(format) => void download(format)} />
      {failureShown && (
        <p className="field__error" role="alert">
          {failureShown}
        </p>
      )}
      <p className="share-dialog__status" role="status">
        {status}
      </p>
    </dialog>
  );
}
