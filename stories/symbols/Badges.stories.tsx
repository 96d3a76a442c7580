import type { Meta, StoryObj } from '@storybook/react-vite';
import { BadgeMark } from '@kinmap/react';
import type { Badge } from '@kinmap/layout';
import { Chart } from '../support/Chart.tsx';
import { StateGrid } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { familyOfOne } from './personFamily.ts';

/** One badge alone in a small SVG, named for assistive technology by what it says. */
function BadgeAlone({ badge }: { badge: Badge }) {
  return (
    <svg width={90} height={24} viewBox="-4 -4 90 24" role="img" aria-label={`Badge ${badge.text}`}>
      <BadgeMark badge={badge} x={0} y={0} />
    </svg>
  );
}

const BADGES: readonly GridAxis<Badge>[] = [
  { label: 'NRPF: yes', value: { code: 'nrpf', text: 'NRPF', filled: true } },
  {
    label: 'NRPF: unknown or not asked (adult)',
    value: { code: 'nrpf_unknown', text: 'NRPF?', filled: false },
  },
  { label: 'Child in need', value: { code: 'status', text: 'CIN', filled: false } },
  { label: 'Child protection plan, neglect', value: { code: 'status', text: 'CPP-N', filled: false } },
  { label: 'Looked after, s20', value: { code: 'status', text: 'LAC s20', filled: false } },
  { label: 'Section 42 enquiry', value: { code: 'status', text: 's42', filled: false } },
  { label: 'DoLS authorisation', value: { code: 'status', text: 'DoLS', filled: false } },
  { label: 's117 aftercare', value: { code: 'status', text: 's117', filled: false } },
  { label: 'Mental Health Act s3', value: { code: 'status', text: 'MHA s3', filled: false } },
  { label: 'Young carer', value: { code: 'young_carer', text: 'YC', filled: false } },
  { label: 'Carer', value: { code: 'carer', text: 'C', filled: false } },
  { label: 'Identity discrepancy', value: { code: 'identity_discrepancy', text: 'ID!', filled: false } },
  { label: 'Needs an interpreter', value: { code: 'interpreter', text: 'Int', filled: false } },
  {
    label: 'Safeguarding history not checked',
    value: { code: 'history_unchecked', text: 'SH?', filled: false },
  },
  { label: 'More badges than fit', value: { code: 'more', text: '+2', filled: false } },
];

const meta = {
  title: 'Symbols/Badges',
  component: BadgeMark,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <svg width={120} height={30} viewBox="-4 -4 120 30" role="img" aria-label="Badge">
        <Story />
      </svg>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Badges under a person symbol: NRPF (filled) and NRPF? (outline); safeguarding and legal ' +
          'statuses; carer (YC, C); identity discrepancy, interpreter, unchecked history. Text plus shape, ' +
          'never colour alone; at most three, then "+n". The layout decides which badges a person has; ' +
          '`BadgeMark` draws one.',
      },
    },
  },
  args: { badge: { code: 'nrpf_unknown', text: 'NRPF?', filled: false }, x: 0, y: 0 },
} satisfies Meta<typeof BadgeMark>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Filled: Story = { args: { badge: { code: 'nrpf', text: 'NRPF', filled: true } } };

const ONE: readonly GridAxis<null>[] = [{ label: 'Badge', value: null }];

/** Every badge code, drawn alone. */
export const AllStates: Story = {
  decorators: [(Story) => <Story />],
  render: () => (
    <StateGrid
      caption="Every badge"
      rows={BADGES}
      columns={ONE}
      renderCell={(badge) => <BadgeAlone badge={badge} />}
    />
  ),
};

/** Badges that come from the identity set and checks, on a person. */
export const OnAPerson: Story = {
  decorators: [(Story) => <Story />],
  render: () => (
    <Chart
      width={260}
      title="Person with identity discrepancy, interpreter and unchecked history badges"
      family={familyOfOne({
        identity: {
          languages: { first: 'Polish', interpreterNeeded: 'yes', discrepancies: [] },
          nameDiscrepancies: [
            { value: 'Ana Nowack', reportedByLabel: 'School', notifiedAgencies: [], resolved: false },
          ],
          otherIdentifiers: [],
          nationality: [],
          birthDateDiscrepancies: [],
        },
        safeguardingChecks: [{ agencyLabel: 'Police', result: 'not_checked' }],
      })}
    />
  ),
};
