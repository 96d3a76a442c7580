import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PanelTab } from './EditorContext.ts';

export const TABS: { id: PanelTab; label: string }[] = [
  { id: 'person', label: 'Person' },
  { id: 'relationships', label: 'Relationships' },
  { id: 'households', label: 'Households' },
  { id: 'agencies', label: 'Agencies' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'map', label: 'Map' },
];

/** The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab enters the panel). */
export function PanelTabs({
  tab,
  onTab,
  badges,
  children,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  badges?: Partial<Record<PanelTab, string>>;
  children: ReactNode;
}) {
  const refs = useRef(new Map<PanelTab, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const target = TABS[next];
    if (!target) return;
    onTab(target.id);
    refs.current.get(target.id)?.focus();
  }
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Details" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(node) => {
              if (node) refs.current.set(t.id, node);
              else refs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => onTab(t.id)}
          >
            {t.label}
            {badges?.[t.id] && <span className="tab-badge"> {badges[t.id]}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel-body">
        {children}
      </div>
    </>
  );
}
