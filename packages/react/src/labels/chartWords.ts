import type { ChartWords, Connector, LineWord } from '@kinmap/layout';
import type { KinmapLabels } from './defaultLabels.ts';

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
export function layoutWordsOf(labels: KinmapLabels): ChartWords {
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

/** One coded word in the labels' words: "m. 1972", "visits", "PA (alleged)". */
function wordText(word: LineWord, labels: KinmapLabels): string {
  const words = labels.chartWords;
  switch (word.code) {
    case 'visits':
      return words.visits;
    case 'own':
      return word.alleged ? `${word.text} ${words.alleged}` : word.text;
    case 'married':
    case 'civil_partnership':
    case 'cohabited':
    case 'engaged':
    case 'separated':
    case 'divorced':
    case 'dissolved':
    case 'annulled':
    case 'widowed': {
      const event = words.partnership[word.code];
      return word.year === undefined ? event : `${event} ${word.year}`;
    }
    default: {
      const code = words.emotional[word.code];
      return word.alleged ? `${code} ${words.alleged}` : code;
    }
  }
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
export function lineLabelText(label: NonNullable<Connector['label']>, labels: KinmapLabels): string {
  if (!label.words || label.words.length === 0) return label.text;
  return label.words.map((word) => wordText(word, labels)).join(' ');
}
