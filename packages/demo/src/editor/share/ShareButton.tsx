import { useState } from 'react';
import { ShareDialog } from './ShareDialog.tsx';

/** "Share or print…": opens the dialog that makes a redacted copy for someone else. */
export function ShareButton() {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Share or print…
      </button>
      {isOpen && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
