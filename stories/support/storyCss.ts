/** Page styles for stories only: the state grids, the side-by-side layouts and the print preview. */
export const storyCss = `
.kinmap-story { padding: 0.75rem; font-family: system-ui, sans-serif; }
.story-grid { border-collapse: collapse; }
.story-grid caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
.story-grid thead td { border: none; }
.story-grid th { font-weight: 600; font-size: 0.8rem; padding: 0.25rem 0.5rem; text-align: left; vertical-align: bottom; }
.story-grid th[scope='row'] { vertical-align: middle; max-width: 12rem; }
.story-grid td { padding: 0.25rem; border: 1px solid var(--kinmap-muted, #5f6670); vertical-align: top; }
.story-row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.story-row > figure { margin: 0; }
.story-row figcaption { font-weight: 600; margin-bottom: 0.25rem; }
.story-print { background: #fff; color: #000; width: 190mm; min-height: 120mm; padding: 10mm; box-shadow: 0 0 0 1px #767676; }
.story-print .kinmap { --kinmap-paper: #fff; --kinmap-ink: #000; --kinmap-muted: #3b3b3b; --kinmap-household: #000;
  --kinmap-emotional: #000; --kinmap-ecomap: #000; --kinmap-badge: #000; --kinmap-focus: transparent; }
`.trim();
