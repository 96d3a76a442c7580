'use client';

import { useId, useMemo } from 'react';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { LabelsContext, useDrawingLabels } from '../labels/LabelsContext.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import type { LabelsOverride } from '../labels/defaultLabels.ts';
import { useFamilyLayout } from '../Genogram/useFamilyLayout.ts';
import { useControllableState } from '../hooks/useControllableState.ts';
import type { KinmapThemeName } from '../theme/palettes.ts';
import { themeVariables } from '../theme/ThemeContext.tsx';
import { legendEntries } from './legendEntries.ts';
import type { LegendGroup } from './legendEntries.ts';
import { LegendSampleGlyph, SAMPLE_HEIGHT, SAMPLE_WIDTH } from './LegendSampleGlyph.tsx';
import { joinClassNames, rootAttributes, type RootProps } from '../props/rootProps.ts';

/**
 * Props of {@link Legend}. Pass the `layout` you drew, or the `family` and the same `layoutOptions`.
 * `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on the key's outer `<div>`.
 */
export interface LegendProps extends RootProps<HTMLDivElement> {
  family?: Family;
  layout?: FamilyLayout;
  layoutOptions?: LayoutOptions;
  labels?: LabelsOverride;
  /** Heading level of the key's title. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  theme?: KinmapThemeName | 'auto';
  /**
   * Let the reader fold the key away to give the chart room: the title becomes a button (the WAI-ARIA
   * disclosure pattern, `aria-expanded`) that shows and hides the entries. Default false.
   */
  isCollapsible?: boolean;
  /** Whether a collapsible key shows its entries (controlled). */
  isOpen?: boolean;
  /** Whether a collapsible key starts open (uncontrolled). Default true. */
  defaultOpen?: boolean;
  /** Called when the reader opens or closes a collapsible key. */
  onOpenChange?: (isOpen: boolean) => void;
}

/** How a collapsible key is shown: open or closed, and the setter. */
interface Disclosure {
  isOpen: boolean;
  setOpen: (isOpen: boolean) => void;
}

const GROUP_ORDER: LegendGroup[] = ['symbols', 'lines', 'marks', 'badges', 'areas'];

function LegendBody({
  layout,
  headingLevel = 2,
  disclosure,
}: {
  layout: FamilyLayout;
  headingLevel?: LegendProps['headingLevel'];
  disclosure?: Disclosure | undefined;
}) {
  const labels = useDrawingLabels();
  const titleId = useId();
  const bodyId = useId();
  const entries = useMemo(() => legendEntries(layout, labels), [layout, labels]);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, (headingLevel ?? 2) + 1)}` as 'h3';
  const isHidden = disclosure ? !disclosure.isOpen : false;
  return (
    <section aria-labelledby={titleId}>
      <Heading id={titleId}>
        {disclosure ? (
          <button
            type="button"
            className="kinmap-legend-toggle"
            aria-expanded={disclosure.isOpen}
            aria-controls={bodyId}
            onClick={() => disclosure.setOpen(!disclosure.isOpen)}
          >
            <span aria-hidden="true" className="kinmap-legend-toggle-mark">
              {disclosure.isOpen ? '▾' : '▸'}
            </span>{' '}
            {labels.legendTitle}
          </button>
        ) : (
          labels.legendTitle
        )}
      </Heading>
      <div id={bodyId} className="kinmap-legend-entries" hidden={isHidden}>
        {GROUP_ORDER.map((group) => {
          const items = entries.filter((e) => e.group === group);
          if (items.length === 0) return null;
          return (
            <div key={group} data-legend-group={group}>
              <SubHeading>{labels.legendGroups[group]}</SubHeading>
              <ul>
                {items.map((entry) => (
                  <li key={entry.key} data-legend-key={entry.key}>
                    <svg
                      width={SAMPLE_WIDTH}
                      height={SAMPLE_HEIGHT}
                      viewBox={`0 0 ${SAMPLE_WIDTH} ${SAMPLE_HEIGHT}`}
                      aria-hidden="true"
                      focusable="false"
                    >
                      <LegendSampleGlyph sample={entry.sample} />
                    </svg>
                    <span>{entry.text}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

/**
 * The key to a chart: only the symbols, lines, marks, badges and areas in use, each as a small
 * glyph with its meaning in words. A heading names it ("Key"); groups are lists. With
 * `isCollapsible`, the heading is a button that folds the entries away (open by default).
 *
 * @example
 * ```tsx
 * <Genogram family={family} />
 * <Legend family={family} />
 * ```
 */
export function Legend(props: LegendProps) {
  const {
    family,
    layout,
    layoutOptions,
    labels,
    headingLevel,
    theme,
    className,
    style,
    isCollapsible = false,
    isOpen: isOpenProp,
    defaultOpen = true,
    onOpenChange,
  } = props;
  const [isOpen, setOpen] = useControllableState(isOpenProp, defaultOpen, onOpenChange);
  const computed = useFamilyLayout(layout ? undefined : family, layoutOptions, labels);
  const resolved = layout ?? computed;
  const inherited = useDrawingLabels();
  const merged = useMemo(() => mergeLabels(inherited, labels), [inherited, labels]);
  if (!resolved) throw new Error('Legend: pass a `family` or a `layout`.');
  return (
    <div
      {...rootAttributes<HTMLDivElement>(props)}
      className={joinClassNames('kinmap', 'kinmap-legend', className)}
      data-theme={theme}
      data-state={isCollapsible ? (isOpen ? 'open' : 'closed') : undefined}
      style={theme && theme !== 'auto' ? { ...themeVariables(theme), ...style } : style}
    >
      <LabelsContext.Provider value={merged}>
        <LegendBody
          layout={resolved}
          headingLevel={headingLevel}
          disclosure={isCollapsible ? { isOpen, setOpen } : undefined}
        />
      </LabelsContext.Provider>
    </div>
  );
}
