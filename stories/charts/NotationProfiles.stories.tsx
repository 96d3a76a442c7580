import type { Meta, StoryObj } from '@storybook/react-vite';
import type { NotationProfile } from '@kinmap/model';
import { Genogram, Legend } from '@kinmap/react';
import { fixture, FIXTURE_NAMES } from '../support/fixtures.ts';
import type { FixtureName } from '../support/fixtures.ts';
import { StateRow } from '../support/StateGrid.tsx';
import { useStoryTheme } from '../support/storyTheme.ts';

const PROFILES: readonly { label: string; value: NotationProfile }[] = [
  { label: 'McGoldrick (default)', value: 'mcgoldrick' },
  { label: 'ICS (UK children’s services)', value: 'ics_uk' },
  { label: 'NSGC (clinical genetics)', value: 'nsgc' },
];

/** One family drawn in the three notation profiles, side by side, each with its key. */
function ProfilesSideBySide({ name, showLegend }: { name: FixtureName; showLegend: boolean }) {
  const theme = useStoryTheme();
  const family = fixture(name);
  return (
    <StateRow
      items={PROFILES.map((profile) => ({
        label: profile.label,
        node: (
          <div style={{ maxWidth: 420 }}>
            <Genogram
              family={family}
              notation={profile.value}
              theme={theme}
              title={`${family.title}, ${profile.label}`}
              style={{ width: '100%', height: 'auto' }}
            />
            {showLegend ? (
              <Legend
                family={family}
                theme={theme}
                labels={{ legendTitle: `Key: ${profile.label}` }}
                headingLevel={3}
                layoutOptions={{ notation: profile.value, ecomap: 'none' }}
              />
            ) : null}
          </div>
        ),
      }))}
    />
  );
}

const meta = {
  title: 'Charts/Notation profiles',
  component: ProfilesSideBySide,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The notation profiles side by side (domain.md §8): McGoldrick (default; dashed cohabiting line, ' +
          'X for a death, triangle for a pregnancy), ICS (cohabiting drawn solid as an enduring ' +
          'relationship) and NSGC (slash for a death, "P" inside the symbol for a pregnancy).',
      },
    },
  },
  args: { name: 'twins', showLegend: true },
  argTypes: { name: { control: 'select', options: FIXTURE_NAMES } },
} satisfies Meta<typeof ProfilesSideBySide>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The twins family: deaths, a loss and a pregnancy show the differences best. */
export const Default: Story = {};

/** The blended family: cohabiting and separated partnerships. */
export const Blended: Story = { args: { name: 'blended' } };

/** Leo's family. */
export const Leo: Story = { args: { name: 'leo', showLegend: false } };
