import type { Meta, StoryObj } from '@storybook/react-vite';
import { FamilyTable, Genogram, LabelsProvider, Legend, welshLabels } from '@kinmap/react';
import { fixture } from './support/fixtures.ts';

// Cymraeg: the chart, its key and its tables in Welsh, as a public body in Wales must offer. The
// wording is to be reviewed by a Welsh-speaking social care practitioner before it is relied on.

const meta = {
  title: 'Charts/Welsh (Cymraeg)',
  component: Genogram,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every word the chart writes comes from its `labels`: pass `welshLabels` and the chart, the words ' +
          'on its lines ("priodi 1997", "yn ymweld"), the key, the ecomap and the tables are in Welsh, and ' +
          'the `<svg>` carries `lang="cy"`. The layout measures the Welsh words, so they fit where they ' +
          'are drawn. Names, agency names and notes are the family’s own and are not translated.\n\n' +
          "```tsx\nimport { Genogram, Legend, welshLabels } from '@kinmap/react';\n\n" +
          '<Genogram family={family} labels={welshLabels} />\n<Legend family={family} labels={welshLabels} />\n```',
      },
    },
  },
  args: {
    family: fixture('leo'),
    labels: welshLabels,
    theme: 'light',
    showEcomap: true,
    asAt: '2025-06-01',
  },
  argTypes: {
    family: { control: false },
    labels: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
  },
} satisfies Meta<typeof Genogram>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family in Welsh, with its agencies and the key drawn under the chart. */
export const Genogram_: Story = { name: 'Genogram', args: { showLegend: true } };

/** Kinship care in Welsh: special guardianship, foster lines and status badges. */
export const Kinship: Story = { args: { family: fixture('kinship'), showLegend: true } };

/** A young carer in Welsh: the caring line, its badge and the visitor's tether. */
export const YoungCarer: Story = { args: { family: fixture('young-carer'), showLegend: true } };

/** The chart, the key beside it and the tables, all from one `LabelsProvider`. */
export const WithKeyAndTables: Story = {
  render: (args) => (
    <LabelsProvider value={welshLabels}>
      <div lang="cy" style={{ display: 'grid', gap: 16 }}>
        <Genogram family={args.family} asAt={args.asAt} theme={args.theme} showEcomap={args.showEcomap} />
        <Legend
          family={args.family}
          layoutOptions={{ asAt: args.asAt, ecomap: args.showEcomap ? 'ring' : 'none' }}
          theme={args.theme}
        />
        <FamilyTable family={args.family!} asAt={args.asAt} />
      </div>
    </LabelsProvider>
  ),
};
