/**
 * Every form control carries the model path of the value it edits (`people[2].immigration.nrpf`) in
 * `data-path`, so a checklist finding can take the user to the field that resolves it.
 */
export function pathAttribute(path: string): { 'data-path': string } {
  return { 'data-path': path };
}

/** A DOM id for a model path (ids may not contain brackets in CSS selectors, so they are replaced). */
export function idForPath(path: string): string {
  return `field-${path.replace(/[^\w-]+/g, '-')}`;
}

/**
 * Focuses the control for `path`, or the nearest one: the longest path that `path` starts with, or one
 * that starts with `path`. Returns whether something was focused.
 */
export function focusPath(path: string, root: ParentNode = document): boolean {
  const controls = [...root.querySelectorAll<HTMLElement>('[data-path]')];
  let best: HTMLElement | undefined;
  let bestScore = -1;
  for (const control of controls) {
    const candidate = control.dataset.path ?? '';
    let score = -1;
    if (candidate === path) score = 10_000;
    else if (path.startsWith(candidate) && /^[.[]/.test(path.slice(candidate.length)))
      score = candidate.length;
    else if (candidate.startsWith(path) && /^[.[]/.test(candidate.slice(path.length)))
      score = 5_000 - candidate.length;
    if (score > bestScore) {
      bestScore = score;
      best = control;
    }
  }
  if (!best) return false;
  // focus() scrolls the control into view only when it is not already visible.
  best.focus();
  best.closest('.field, fieldset')?.classList.add('flash');
  setTimeout(() => best?.closest('.field, fieldset')?.classList.remove('flash'), 1300);
  return true;
}
