import { lineText } from '@kinmap/layout';
import type { ChartWords, Connector } from '@kinmap/layout';
import type { DrawingLabels } from './drawingLabels.ts';

/**
 * The words a chart drawn with `labels` writes, in the form the layout takes (`layoutFamily`'s
 * `words` option): `labels.chartWords`, the badge texts, the lead tag and the language. Lay a family
 * out with these words and the layout measures exactly the text the chart draws.
 *
 * @example
 * ```ts
 * import { layoutFamily } from '@kinmap/layout';
 * import { layoutWordsOf, mergeLabels, defaultLabels, welshLabels, toSvgString } from '@kinmap/react';
 * const layout = layoutFamily(family, { words: layoutWordsOf(welshLabels) });
 * const svg = toSvgString(family, { layout, labels: welshLabels });
 * ```
 */
export function layoutWordsOf(labels: DrawingLabels): ChartWords {
  const b = labels.badges;
  return {
    ...labels.chartWords,
    lang: labels.lang,
    badges: {
      nrpf: b.nrpf,
      nrpf_unknown: b.nrpf_unknown,
      young_carer: b.young_carer,
      carer: b.carer,
      identity_discrepancy: b.identity_discrepancy,
      interpreter: b.interpreter,
      history_unchecked: b.history_unchecked,
    },
    lead: labels.agencyLeadTag,
  };
}

/**
 * The text written on a line: its coded words (`label.words`) turned into the labels' words, or the
 * layout's `text` when the label has no codes.
 *
 * @example
 * ```ts
 * lineLabelText({ x: 0, y: 0, text: 'm. 1972', words: [{ code: 'married', year: 1972 }] }, welshLabels);
 * // 'priodi 1972'
 * ```
 */
export function lineLabelText(label: NonNullable<Connector['label']>, labels: DrawingLabels): string {
  if (!label.words || label.words.length === 0) return label.text;
  return lineText(label.words, layoutWordsOf(labels));
}
