import type { Meta, StoryObj } from '@storybook/react-vite';
import type { HouseholdMember } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { buildFamily, person } from '../support/build.ts';
import { StateRow } from '../support/StateGrid.tsx';

type Membership = HouseholdMember['membership'];

const MEMBERSHIPS: readonly { label: string; value: Membership }[] = [
  { label: 'Resident', value: 'resident' },
  { label: 'Part-time (shared care)', value: 'part_time' },
  { label: 'Regular visitor', value: 'regular_visitor' },
  { label: 'Temporary (sofa-surfing)', value: 'temporary' },
  { label: 'Membership unknown', value: 'unknown' },
];

/** A mother and child living together, and a third adult whose membership the control chooses. */
function householdFamily(membership: Membership) {
  const settled = { immigration: { status: 'british_citizen', nrpf: 'no' } } as const;
  const amy = person('amy', { genderIdentity: 'woman', ...settled });
  const leo = person('leo', { genderIdentity: 'man', birth: { date: '2017', estimated: false } });
  const kai = person('kai', { genderIdentity: 'man', significance: 'significant_other', ...settled });
  return buildFamily(
    {
      title: 'Household',
      people: [amy, leo, kai],
      parentChildLinks: [{ id: 'link:amy-leo', parent: amy.id, child: leo.id, kind: 'birth' }],
      households: [
        {
          id: 'household:flat',
          label: 'Flat 2',
          members: [
            { person: amy.id, membership: 'resident' },
            { person: leo.id, membership: 'resident' },
            { person: kai.id, membership, frequency: 'most weekends' },
          ],
        },
      ],
    },
    'household',
  );
}

/** A household whose third member has the chosen kind of membership. */
function HouseholdOutline({ membership }: { membership: Membership }) {
  return <Chart family={householdFamily(membership)} width={340} />;
}

const meta = {
  title: 'Lines/Households',
  component: HouseholdOutline,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Households (domain.md §1.6): a dotted outline round the residents, labelled; part-time members ' +
          'inside it with a marker; regular visitors outside it, joined by a short dotted tether.',
      },
    },
  },
  args: { membership: 'regular_visitor' },
  argTypes: { membership: { control: 'select', options: MEMBERSHIPS.map((m) => m.value) } },
} satisfies Meta<typeof HouseholdOutline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every kind of membership, one chart each. */
export const AllStates: Story = {
  render: () => (
    <StateRow
      items={MEMBERSHIPS.map((m) => ({
        label: m.label,
        node: (
          <Chart
            family={householdFamily(m.value)}
            title={`Household with a ${m.label.toLowerCase()} member`}
            width={260}
          />
        ),
      }))}
    />
  ),
};
