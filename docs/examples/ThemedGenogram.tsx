// Style a genogram: a built-in theme chosen by the user (light, dark, high contrast, or follow the
// system), plus the organisation's own colours through the CSS custom properties.
// Rendered by tests/react/docsExamples.test.tsx.
import { useState } from 'react';
import type { Family } from '@kinmap/model';
import { Genogram, kinmapStyles, type KinmapThemeName } from '@kinmap/react';

const THEMES: Record<KinmapThemeName | 'auto', string> = {
  auto: 'Same as my computer',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** The council's house colours for households, on top of whichever theme is chosen. */
const houseStyle = `.council-chart .kinmap { --kinmap-household: #1d70b8; }`;

export function ThemedGenogram({ family }: { family: Family }) {
  const [theme, setTheme] = useState<KinmapThemeName | 'auto'>('auto');
  return (
    <div className="council-chart">
      <style>{kinmapStyles + houseStyle}</style>
      <label>
        Colours{' '}
        <select value={theme} onChange={(event) => setTheme(event.target.value as KinmapThemeName | 'auto')}>
          {Object.entries(THEMES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {/* 'auto' leaves the colours to the stylesheet (prefers-color-scheme, prefers-contrast). */}
      <Genogram family={family} theme={theme} />
    </div>
  );
}
