import { useMemo } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Genogram, Legend } from '@kinmap/react';
import type { Family } from '@kinmap/model';
import { generateFamily } from '../../tests/support/generateFamily.ts';
import { fixture, FIXTURE_NAMES } from '../support/fixtures.ts';
import type { FixtureName } from '../support/fixtures.ts';
import { useStoryTheme } from '../support/storyTheme.ts';
import { InteractiveChart } from '../support/InteractiveChart.tsx';

/** A whole family as a genogram with its key beside it. */
function FamilyChart({ family, showEcomap = false }: { family: Family; showEcomap?: boolean }) {
  const theme = useStoryTheme();
  return (
    <div className="story-row">
      <Genogram
        family={family}
        theme={theme}
        showEcomap={showEcomap}
        style={{ maxWidth: '100%', height: 'auto' }}
      />
      <Legend
        family={family}
        theme={theme}
        layoutOptions={{ ecomap: showEcomap ? 'ring' : 'none' }}
        className="kinmap-legend"
      />
    </div>
  );
}

/** One of the fixture families from `tests/fixtures/families/`. */
function FixtureFamily({ name, showEcomap }: { name: FixtureName; showEcomap: boolean }) {
  return <FamilyChart family={fixture(name)} showEcomap={showEcomap} />;
}

const meta = {
  title: 'Families/Fixture families',
  component: FixtureFamily,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The fixture families the tests use (tests/fixtures/families/), each drawn as a genogram with its ' +
          'key. Leo: a child protection case over three generations. Peter: an older adult (s117, DoLS, s42). ' +
          'Blended: three partnerships and step-parenting. Kinship: SGO and foster care. Twins: MZ, DZ, a loss ' +
          'and a pregnancy. Unknown father: a placeholder parent.',
      },
    },
  },
  args: { name: 'leo', showEcomap: false },
  argTypes: { name: { control: 'select', options: FIXTURE_NAMES } },
} satisfies Meta<typeof FixtureFamily>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Leo: Story = { args: { name: 'leo' } };
export const LeoWithEcomap: Story = { args: { name: 'leo', showEcomap: true } };
export const Peter: Story = { args: { name: 'peter' } };
export const Blended: Story = { args: { name: 'blended' } };
export const Kinship: Story = { args: { name: 'kinship' } };
export const Twins: Story = { args: { name: 'twins' } };
export const UnknownFather: Story = { args: { name: 'unknown-father' } };
export const Minimal: Story = { args: { name: 'minimal' } };
export const SistersAndBrothers: Story = { args: { name: 'sisters-brothers' } };
export const SeveralFathers: Story = { args: { name: 'several-fathers', showEcomap: true } };
export const Stepfamily: Story = { args: { name: 'stepfamily', showEcomap: true } };
export const RemarriedGrandparents: Story = { args: { name: 'remarried-grandparents', showEcomap: true } };
export const SpecialGuardianship: Story = { args: { name: 'special-guardianship', showEcomap: true } };
export const SplitSiblings: Story = { args: { name: 'split-siblings', showEcomap: true } };
export const ManyAgencies: Story = { args: { name: 'many-agencies', showEcomap: true } };
export const NewPartner: Story = { args: { name: 'new-partner', showEcomap: true } };
export const YoungCarer: Story = { args: { name: 'young-carer', showEcomap: true } };

/** A seeded, generated family (tests/support/generateFamily.ts): the same people every time. */
function GeneratedFamily({ people, seed }: { people: number; seed: number }) {
  const family = useMemo(() => generateFamily({ people, seed }), [people, seed]);
  return (
    <InteractiveChart
      family={family}
      withViewport
      width="100%"
      height={640}
      title={`Generated family of ${people} people`}
    />
  );
}

/**
 * A generated family of 1000 people, for checking how a very large chart reads: fitted to the view,
 * with zoom and pan (buttons, +/−/0 keys, wheel, drag). Storybook draws all 1000; the story test draws
 * 200 (`parameters.testArgs`) to stay quick in jsdom.
 */
export const Generated1000: StoryObj<typeof GeneratedFamily> = {
  render: (args) => <GeneratedFamily {...args} />,
  args: { people: 1000, seed: 1 },
  argTypes: { people: { control: { type: 'number', min: 10, max: 2000, step: 10 } } },
  parameters: { testArgs: { people: 200 } },
};
