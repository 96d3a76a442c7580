import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PersonId } from '@kinmap/model';
import { InteractiveChart } from '../support/InteractiveChart.tsx';
import { fixture, FIXTURE_NAMES } from '../support/fixtures.ts';
import type { FixtureName } from '../support/fixtures.ts';

/** A fixture family a keyboard or pointer user can work: select, move between relatives, pan and zoom. */
function WorkableChart({ name, withViewport }: { name: FixtureName; withViewport: boolean }) {
  const family = fixture(name);
  return (
    <InteractiveChart
      key={name}
      family={family}
      withViewport={withViewport}
      width="100%"
      height={520}
      defaultSelection={family.subjects.slice(0, 1) as PersonId[]}
    />
  );
}

const meta = {
  title: 'Interaction/Selection, keyboard and viewport',
  component: WorkableChart,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The chart as a keyboard user meets it, built from the public hooks (`useSelection`, ' +
          '`useGenogramKeyboard`, `useViewport`, `ViewportControls`, `KeyboardInstructions`). Tab into the ' +
          'chart; arrows move between relatives (↑ parents, ↓ children, ← → partners and siblings); Space ' +
          'selects, Enter activates, Escape clears; + and − zoom, 0 fits. Each person has an accessible name ' +
          'composed from the model (try a screen reader).',
      },
    },
  },
  args: { name: 'leo', withViewport: true },
  argTypes: { name: { control: 'select', options: FIXTURE_NAMES } },
} satisfies Meta<typeof WorkableChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family, the subject selected, with pan and zoom. */
export const Default: Story = {};

/** The blended family without the pan and zoom controls. */
export const WithoutViewport: Story = { args: { name: 'blended', withViewport: false } };
