import type { ChartWords, LineWord } from '../types.ts';

/**
 * The words the layout writes on the chart, in en-GB: the defaults of the `words` layout option
 * (`DEFAULT_LAYOUT_OPTIONS.words`). Every entry is plain text, so a set of words is plain data.
 */
export const EN_GB_CHART_WORDS: ChartWords = {
  lang: 'en-GB',
  partnership: {
    married: 'm.',
    civil_partnership: 'cp.',
    cohabited: 'LT',
    engaged: 'eng.',
    separated: 's.',
    divorced: 'd.',
    dissolved: 'd.',
    annulled: 'ann.',
    widowed: 'w.',
  },
  visits: 'visits',
  emotional: {
    physical_abuse: 'PA',
    sexual_abuse: 'SA',
    emotional_abuse: 'EA',
    neglect: 'N',
    violence: 'V',
    controlling: 'CC',
    cares: 'cares',
  },
  alleged: '(alleged)',
  loss: {
    miscarriage: 'Miscarriage',
    stillbirth: 'SB',
    termination: 'TOP',
    ectopic: 'ECT',
    unknown: 'Loss',
  },
  weeks: 'wk',
  due: 'due',
  died: 'd.',
  badges: {
    nrpf: 'NRPF',
    nrpf_unknown: 'NRPF?',
    young_carer: 'YC',
    carer: 'C',
    identity_discrepancy: 'ID!',
    interpreter: 'Int',
    history_unchecked: 'SH?',
  },
  statuses: {
    missing_episodes: 'Missing',
    exploitation_risk: 'Exploit.',
    probation_supervision: 'Prob.',
    remand: 'remand',
  },
  lead: 'Lead',
  // The model's own fallbacks (displayName), so an English chart is unchanged.
  unnamed: {
    person: 'Unnamed person',
    placeholder: 'Unknown parent',
    pregnancy: 'Pregnancy',
    pregnancy_loss: 'Pregnancy loss',
    pet: 'Pet',
  },
};

/** The text of one word on a line: "m. 1972", "visits", "PA (alleged)". */
function wordText(word: LineWord, words: ChartWords): string {
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
 * The text of a line's coded words (`Connector.label.words`) in `words`, joined with spaces. The
 * layout writes each label's `text` with it, and a renderer drawing in other words (a translation)
 * calls it with those words, so what is drawn is what was measured.
 *
 * @example
 * ```ts
 * lineText([{ code: 'married', year: 1990 }, { code: 'divorced', year: 2012 }], DEFAULT_LAYOUT_OPTIONS.words);
 * // 'm. 1990 d. 2012'
 * ```
 */
export function lineText(list: readonly LineWord[], words: ChartWords): string {
  return list.map((word) => wordText(word, words)).join(' ');
}
