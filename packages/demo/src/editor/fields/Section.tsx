import { useEffect, useId, useState, type ReactNode } from 'react';
import { useEditorApi } from '../EditorContext.ts';

/** Whether `path` is `prefix` or a field inside it. */
function isWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * A part of the details panel that opens on demand (the disclosure pattern: a button with
 * `aria-expanded`). Its fields are only built while it is open, which keeps the panel quick to show
 * for a new person. It opens by itself when a checklist finding takes the user to a field inside it.
 */
export function Section({
  title,
  summary,
  paths,
  children,
}: {
  title: string;
  /** A few words shown beside the title when closed ("2 recorded", "not asked yet"). */
  summary?: string;
  /** Model paths whose fields live in this section. */
  paths: readonly string[];
  children: ReactNode;
}) {
  const id = useId();
  const { focusingPath } = useEditorApi();
  const [open, setOpen] = useState(false);
  const wanted = focusingPath !== undefined && paths.some((prefix) => isWithin(focusingPath, prefix));
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  const isOpen = open || wanted;
  return (
    <section className="section">
      <h3 className="section__heading">
        <button
          type="button"
          className="section__toggle"
          aria-expanded={isOpen}
          aria-controls={id}
          onClick={() => setOpen(!isOpen)}
        >
          <span aria-hidden="true">{isOpen ? '▾ ' : '▸ '}</span>
          {title}
          {summary && <span className="section__summary"> ({summary})</span>}
        </button>
      </h3>
      <div id={id} hidden={!isOpen}>
        {isOpen && children}
      </div>
    </section>
  );
}
