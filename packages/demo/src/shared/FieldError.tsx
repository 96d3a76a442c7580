import type { ReactNode } from 'react';

/** An error message under a field's label, tied to the field by `id` (aria-describedby). */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="shared__error">
      {children}
    </p>
  );
}
