import { visuallyHidden } from '../a11y/visuallyHidden.ts';
import { interactionLabels } from '../labels/interactionLabels.ts';

/** Props of {@link KeyboardInstructions}. */
export interface KeyboardInstructionsProps {
  /** The id person symbols point at with `aria-describedby` (`useGenogramKeyboard({ instructionsId })`). */
  id: string;
  labels?: Partial<Pick<typeof interactionLabels, 'chartInstructions'>>;
}

/**
 * The keyboard instructions, hidden visually and read by screen readers after a person's name.
 * Render it outside the `<svg>` (HTML), once per chart.
 *
 * @example
 * const id = useId();
 * <KeyboardInstructions id={id} />
 * useGenogramKeyboard({ family, layout, selection, instructionsId: id });
 */
export function KeyboardInstructions({ id, labels }: KeyboardInstructionsProps) {
  return (
    <div id={id} style={visuallyHidden}>
      {labels?.chartInstructions ?? interactionLabels.chartInstructions}
    </div>
  );
}
