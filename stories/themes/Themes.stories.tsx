import type { Meta, StoryObj } from '@storybook/react-vite';
import { FamilyTable, Genogram, Legend, toSvgString } from '@kinmap/react';
import type { KinmapThemeName } from '@kinmap/react';
import { fixture, FIXTURE_NAMES } from '../support/fixtures.ts';
import type { FixtureName } from '../support/fixtures.ts';

const THEMES: readonly { label: string; value: KinmapThemeName }[] = [
  { label: 'Light', value: 'light' },
  { label: 'Dark', value: 'dark' },
  { label: 'High contrast', value: 'high-contrast' },
];

/** One family in the three built-in themes, each on its own themed background with its key. */
function ThemesSideBySide({ name }: { name: FixtureName }) {
  const family = fixture(name);
  return (
    <div className="story-row">
      {THEMES.map((theme) => (
        <section
          key={theme.value}
          className="kinmap"
          data-theme={theme.value}
          style={{ padding: '0.75rem', maxWidth: 460 }}
        >
          <h2 style={{ marginTop: 0 }}>{theme.label}</h2>
          <Genogram
            family={family}
            theme={theme.value}
            title={`${family.title}, ${theme.label.toLowerCase()} theme`}
            style={{ width: '100%', height: 'auto' }}
          />
          <Legend
            family={family}
            theme={theme.value}
            headingLevel={3}
            labels={{ legendTitle: `Key: ${theme.label.toLowerCase()} theme` }}
            layoutOptions={{ ecomap: 'none' }}
          />
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Themes/Light, dark and high contrast',
  component: ThemesSideBySide,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The built-in themes side by side. Meaning is carried by shape and line pattern; colour is an extra ' +
          'cue only, and every line colour has at least 3:1 contrast against the paper. The toolbar’s Theme ' +
          'menu switches every other story between the same three themes.',
      },
    },
  },
  args: { name: 'leo' },
  argTypes: { name: { control: 'select', options: FIXTURE_NAMES } },
} satisfies Meta<typeof ThemesSideBySide>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Twins: Story = { args: { name: 'twins' } };

/**
 * What a printed page looks like: the print stylesheet's colours (black on white, no focus ring, no
 * controls) on an A4-width sheet, with the chart, its key and the tables.
 */
export const PrintPreview: Story = {
  render: ({ name }) => {
    const family = fixture(name);
    return (
      <div className="story-print">
        <div className="kinmap" data-theme="high-contrast">
          <h2>{family.title}</h2>
          <Genogram family={family} theme="high-contrast" style={{ width: '100%', height: 'auto' }} />
          <Legend family={family} theme="high-contrast" headingLevel={3} layoutOptions={{ ecomap: 'none' }} />
          <FamilyTable family={family} />
        </div>
      </div>
    );
  },
};

/** The standalone SVG export (`toSvgString`), shown as an image the way a report would embed it. */
export const SvgExport: Story = {
  render: ({ name }) => {
    const family = fixture(name);
    const svg = toSvgString(family, { theme: 'light' });
    return (
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        alt={`Exported genogram of ${family.title}, with its key`}
        style={{ maxWidth: '100%', background: '#fff' }}
      />
    );
  },
};
