import { ModelError, redactFamily, type PersonId, type RedactionProfile } from '@kinmap/model';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadBlob } from '../../files/download.ts';
import { useEditorApi } from '../EditorContext.ts';
import { ProfileField } from './ProfileField.tsx';
import { ProfilePeople } from './ProfilePeople.tsx';
import { RecipientField } from './RecipientField.tsx';
import { RemovalSummary } from './RemovalSummary.tsx';
import { ShareDownloads } from './ShareDownloads.tsx';
import { makeShareFile, type ShareFormat } from './shareFiles.ts';
import {
  recipientName,
  redactOptionsFor,
  shareProblems,
  type RecipientChoice,
  type ShareChoices,
} from './shareForm.ts';
import { profileLabel } from './shareWords.ts';
import './share.css';

/**
 * The "Share or print" dialog: who the copy is for and what kind of copy, what it leaves out, then
 * the downloads, each made from the redacted copy. A modal dialog: focus moves into it and back to
 * the button that opened it; Escape closes it.
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
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState<ShareFormat | undefined>();
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

  const choices: ShareChoices = { recipient, profile, requester, familyMembers };
  const problems = shareProblems(family, choices);
  const needsRequester = problems.requester !== undefined;
  const redaction = useMemo(() => {
    if (needsRequester) return undefined;
    try {
      const options = redactOptionsFor(family, { profile, requester, familyMembers });
      return { result: redactFamily(family, profile, options) };
    } catch (error) {
      return { error: error instanceof ModelError ? error.message : String(error) };
    }
  }, [family, profile, requester, familyMembers, needsRequester]);

  async function download(format: ShareFormat) {
    setShowProblems(true);
    setFailure(undefined);
    if (Object.keys(problems).length > 0 || !redaction?.result) {
      setStatus('');
      setFailure('The copy cannot be made yet: put right what is marked above.');
      return;
    }
    setBusy(format);
    setStatus(`Making the ${format.toUpperCase()} file…`);
    try {
      const file = await makeShareFile(redaction.result.family, profile, format);
      downloadBlob(file.blob, file.fileName);
      setStatus(
        `Downloaded “${file.fileName}”, a copy for ${recipientName(family, recipient)} (${profileLabel(profile).toLowerCase()}).`,
      );
    } catch (error) {
      setStatus('');
      setFailure(
        `The ${format.toUpperCase()} file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(undefined);
    }
  }

  const shown = showProblems ? problems : {};
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
        The copy leaves out what its reader may not see. It is made on this device and recorded on the map.
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
      {redaction?.result && <RemovalSummary summary={redaction.result.summary} headingId={`${id}-removal`} />}
      {redaction?.error && (
        <p className="field__error" role="alert">
          The copy cannot be made: {redaction.error}
        </p>
      )}
      <ShareDownloads busy={busy} onDownload={(format) => void download(format)} />
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <p className="share-dialog__status" role="status">
        {status}
      </p>
    </dialog>
  );
}
