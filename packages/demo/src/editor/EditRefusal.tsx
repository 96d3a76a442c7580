/**
 * Where the editor tells the practitioner that a change was not made, when the control they used has
 * no place of its own for the message (a button such as "Add status", "Remove", "Add household"). The
 * alert region is always in the page, so screen readers announce each new message.
 */
export function EditRefusal({ message, onDismiss }: { message: string | undefined; onDismiss: () => void }) {
  return (
    <div role="alert" className="edit-refusal">
      {message !== undefined && (
        <div className="field field--inline">
          <p className="field__error">{message}</p>
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
