import type { Meta, StoryObj } from '@storybook/react-vite';
import { FamilyTable, Legend } from '@kinmap/react';
import { FORMAT_VERSION, parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { fixture } from '../support/fixtures.ts';

/** Mia (13) cares for her nan Lisa ("about 60"); Early Help holds the lead; nobody recorded the GP's strength. */
function caringFamily(): Family {
  const result = parseFamily({
    formatVersion: FORMAT_VERSION,
    id: 'family:caring-story',
    title: 'Mia Hart: young carer',
    asAt: '2025-03-01',
    subjects: ['person:mia'],
    people: [
      {
        id: 'person:mia',
        names: { given: 'Mia', family: 'Hart' },
        genderIdentity: 'woman',
        birth: { date: '2011-05-05' },
      },
      {
        id: 'person:lisa',
        names: { given: 'Lisa', family: 'Hart' },
        genderIdentity: 'woman',
        birth: { date: '1964-06-01', estimated: true },
        immigration: { status: 'british_citizen', nrpf: 'no' },
      },
      {
        id: 'person:tom',
        names: { given: 'Tom', family: 'Hart' },
        genderIdentity: 'man',
        birth: { date: '1986-01-20' },
      },
    ],
    parentChildLinks: [{ id: 'link:tom-mia', parent: 'person:tom', child: 'person:mia' }],
    households: [
      {
        id: 'household:nan',
        label: "Nan's house",
        members: [{ person: 'person:mia' }, { person: 'person:lisa' }, { person: 'person:tom' }],
      },
    ],
    caringRoles: [
      {
        id: 'caring:mia-lisa',
        carer: 'person:mia',
        caredFor: 'person:lisa',
        role: 'young_carer',
        hoursPerWeek: { min: 20 },
      },
    ],
    agencies: [
      { id: 'agency:eh', category: 'early_help', name: 'Rotherham Early Help' },
      { id: 'agency:gp', category: 'gp', name: 'Rawmarsh Health Centre' },
    ],
    involvements: [
      {
        id: 'involvement:eh',
        agency: 'agency:eh',
        with: { kind: 'person', person: 'person:mia' },
        roles: ['lead_practitioner'],
        status: 'open',
        strength: 'strong',
      },
      { id: 'involvement:gp', agency: 'agency:gp', with: { kind: 'person', person: 'person:lisa' } },
    ],
  });
  if (!result.ok) throw new Error('caring story family does not parse');
  return result.family;
}

function CaringChart({ showCaring }: { showCaring: boolean }) {
  const family = caringFamily();
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Chart family={family} showEcomap showCaring={showCaring} width={560} />
      <Legend family={family} layoutOptions={{ ecomap: 'ring', showCaring }} />
      <FamilyTable family={family} tables={['people', 'agencies', 'relationships']} />
    </div>
  );
}

const meta = {
  title: 'Lines/Caring roles and the checklist',
  component: CaringChart,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A caring role is drawn as a line from the carer to the person cared for, with open arrowheads (») ' +
          'in its middle; the chart marks what the checklist flags: NRPF? and SH? only where the checks ' +
          'ask, a grey dotted line where nobody recorded an agency’s strength, and a "Lead" tag on the ' +
          'lead practitioner’s agency. The key and the tables say the same in words.',
      },
    },
  },
  args: { showCaring: true },
} satisfies Meta<typeof CaringChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Mia cares for her nan 20 hours a week; Early Help is the lead; the GP's strength is not recorded. */
export const YoungCarer: Story = {};

/** The same family with caring lines switched off: the YC badge and the tables remain. */
export const CaringLinesOff: Story = { args: { showCaring: false } };

/** The young-carer fixture: Kieran cares for his mother and his sister. */
export const YoungCarerFixture: Story = {
  render: () => <Chart family={fixture('young-carer')} showEcomap width={720} />,
};
