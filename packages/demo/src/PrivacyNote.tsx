/** The promise the whole app keeps: shown on every screen. */
export function PrivacyNote() {
  return (
    <p className="privacy-note">
      <svg
        className="privacy-note__icon"
        viewBox="0 0 16 16"
        width="14"
        height="14"
        aria-hidden="true"
        focusable="false"
      >
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>{' '}
      Nothing leaves this device: maps are saved in this browser only.
    </p>
  );
}
