import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Partnership, PartnershipEvent } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { StateGrid, StateRow } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { coupleFamily } from './lineFamilies.ts';

type Kind = Partnership['kind'];
type Status = 'current' | 'separated' | 'ended' | 'reconciled';

const KINDS: readonly GridAxis<Kind>[] = [
  { label: 'Marriage', value: 'marriage' },
  { label: 'Civil partnership', value: 'civil_partnership' },
  { label: 'Cohabiting', value: 'cohabiting' },
  { label: 'Engaged', value: 'engaged' },
  { label: 'Committed, not living together', value: 'committed_not_cohabiting' },
  { label: 'Casual', value: 'casual' },
  { label: 'Affair', value: 'affair' },
  { label: 'Conception through sexual violence', value: 'conception_through_sexual_violence' },
  { label: 'Other', value: 'other' },
  { label: 'Unknown', value: 'unknown' },
];

const STATUSES: readonly GridAxis<Status>[] = [
  { label: 'Together', value: 'current' },
  { label: 'Separated', value: 'separated' },
  { label: 'Ended (divorced, dissolved)', value: 'ended' },
  { label: 'Reconciled', value: 'reconciled' },
];

/** The events that give a partnership of this kind this status as at the story date. */
function eventsFor(kind: Kind, status: Status): Partial<PartnershipEvent>[] {
  const start: Partial<PartnershipEvent> =
    kind === 'marriage'
      ? { type: 'married', date: '2008' }
      : kind === 'civil_partnership'
        ? { type: 'civil_partnership_formed', date: '2008' }
        : kind === 'cohabiting'
          ? { type: 'cohabited', date: '2008' }
          : kind === 'engaged'
            ? { type: 'engaged', date: '2008' }
            : { type: 'started', date: '2008' };
  const end: Partial<PartnershipEvent> =
    kind === 'marriage'
      ? { type: 'divorced', date: '2018' }
      : kind === 'civil_partnership'
        ? { type: 'dissolved', date: '2018' }
        : { type: 'ended', date: '2018' };
  if (status === 'current') return [start];
  if (status === 'separated') return [start, { type: 'separated', date: '2015' }];
  if (status === 'ended') return [start, { type: 'separated', date: '2015' }, end];
  return [start, { type: 'separated', date: '2015' }, { type: 'reconciled', date: '2020' }];
}

/** A couple with one partnership; the controls choose its kind. */
function PartnershipLine({ kind, status }: { kind: Kind; status: Status }) {
  return <Chart family={coupleFamily(kind, eventsFor(kind, status))} width={320} />;
}

const meta = {
  title: 'Lines/Partnerships',
  component: PartnershipLine,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Partnership lines (domain.md §1.3): solid for marriage and civil partnership, dashed for ' +
          'cohabiting and engaged (McGoldrick; the ICS profile draws cohabiting solid), dotted for ' +
          'committed and casual. One slash for separated, two for divorced; dates on the line.',
      },
    },
  },
  args: { kind: 'marriage', status: 'current' },
  argTypes: {
    kind: { control: 'select', options: KINDS.map((k) => k.value) },
    status: { control: 'inline-radio', options: STATUSES.map((s) => s.value) },
  },
} satisfies Meta<typeof PartnershipLine>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every kind of partnership × its status. */
export const AllStates: Story = {
  render: () => (
    <StateGrid
      caption="Partnership kind × status"
      rows={KINDS}
      columns={STATUSES}
      renderCell={(kind, status, label) => (
        <Chart family={coupleFamily(kind, eventsFor(kind, status))} title={label} width={190} />
      )}
    />
  ),
};

/** Every status mark on a marriage: the events a practitioner records, one per chart. */
export const StatusMarks: Story = {
  render: () => (
    <StateRow
      items={[
        { label: 'Married', events: [{ type: 'married', date: '2005' }] },
        {
          label: 'Separated',
          events: [
            { type: 'married', date: '2005' },
            { type: 'separated', date: '2015' },
          ],
        },
        {
          label: 'Divorced',
          events: [
            { type: 'married', date: '2005' },
            { type: 'divorced', date: '2016' },
          ],
        },
        {
          label: 'Annulled',
          events: [
            { type: 'married', date: '2005' },
            { type: 'annulled', date: '2006' },
          ],
        },
        {
          label: 'Reconciled',
          events: [
            { type: 'married', date: '2005' },
            { type: 'separated', date: '2015' },
            { type: 'reconciled', date: '2017' },
          ],
        },
        {
          label: 'Ended',
          events: [
            { type: 'started', date: '2005' },
            { type: 'ended', date: '2012' },
          ],
        },
      ].map(({ label, events }) => ({
        label,
        node: (
          <Chart family={coupleFamily('marriage', events as Partial<PartnershipEvent>[])} title={label} />
        ),
      }))}
    />
  ),
};

/** A consanguineous marriage (double line) and a widowed partner. */
export const ConsanguineousAndWidowed: Story = {
  render: () => (
    <StateRow
      items={[
        {
          label: 'Consanguineous (1st cousins)',
          node: (
            <Chart
              family={coupleFamily('marriage', [{ type: 'married', date: '2000' }], { consanguinity: true })}
              title="Consanguineous marriage"
            />
          ),
        },
        {
          label: 'Widowed',
          node: (
            <Chart
              family={coupleFamily(
                'marriage',
                [
                  { type: 'married', date: '1990' },
                  { type: 'widowed', date: '2019' },
                ],
                { deceased: true },
              )}
              title="Widowed"
            />
          ),
        },
      ]}
    />
  ),
};
