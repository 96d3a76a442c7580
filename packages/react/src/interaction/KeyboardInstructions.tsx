import { visuallyHidden } from '../a11y/visuallyHidden.ts';
import { interactionLabels } from '../labels/interactionLabels.ts';
import { rootAttributes, type RootProps } from '../props/rootProps.ts';

/**
 * Props of {@link KeyboardInstructions}. `ref`, `className`, `style` (merged over the visually hidden
 * style), `aria-*` and `data-*` go on its `<div>`.
 */
export interface KeyboardInstructionsProps extends RootProps<HTMLDivElement> {
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
export function KeyboardInstructions(props: KeyboardInstructionsProps) {
  const { id, labels, className, style } = props;
  return (
    <div
      {...rootAttributes<HTMLDivElement>(props)}
      id={id}
      className={className}
      style={style ? { ...visuallyHidden, ...style } : visuallyHidden}
    >
      {labels?.chartInstructions ?? interactionLabels.chartInstructions}
    </div>
  );
}
