// The examples in docs/examples are imported and used here, so the code docs/react.md points at
// keeps compiling and keeps doing what the docs say.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeFamily } from '@kinmap/model';
import { CaseGenogram } from '../../docs/examples/EmbedGenogram.tsx';
import { SelectableChart } from '../../docs/examples/ControlSelection.tsx';
import { ThemedGenogram } from '../../docs/examples/ThemedGenogram.tsx';
import { DownloadSvgButton, genogramSvg } from '../../docs/examples/ExportSvg.tsx';
import { EditableGenogram } from '../../docs/examples/EditableGenogram.tsx';
import { loadFixture } from './support/fixtures.ts';

const leo = () => loadFixture('leo');
const chart = () => document.querySelector('svg.kinmap-genogram') as SVGSVGElement;

afterEach(() => vi.restoreAllMocks());

describe('docs/examples/EmbedGenogram', () => {
  it('draws the saved family with its key and tables', () => {
    render(<CaseGenogram json={serializeFamily(leo())} asAt="2024-06-01" />);
    expect(chart()).toHaveAttribute('role', 'img');
    expect(chart().querySelector('[data-person-id="person:leo"]')).not.toBeNull();
    expect(chart()).toHaveAttribute('width', '100%');
    expect(screen.getByRole('heading', { name: /key/i })).toBeInTheDocument();
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
  });

  it('says what is wrong with a document it cannot read', () => {
    render(<CaseGenogram json='{"formatVersion": 1' />);
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read: The document is not valid JSON/);
    expect(chart()).toBeNull();
  });
});

describe('docs/examples/ControlSelection', () => {
  it('shows who is selected, clears the selection and opens a person with Enter', async () => {
    const user = userEvent.setup();
    const onOpenPerson = vi.fn();
    render(<SelectableChart family={leo()} onOpenPerson={onOpenPerson} />);
    expect(screen.getByText('Nobody selected')).toBeInTheDocument();
    await user.tab(); // onto Leo, the subject
    await user.keyboard(' ');
    expect(screen.getByText(/^Selected: Leo/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onOpenPerson).toHaveBeenCalledWith('person:leo');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByText('Nobody selected')).toBeInTheDocument();
  });
});

describe('docs/examples/ThemedGenogram', () => {
  it('follows the system until a theme is chosen, then writes its colours on the chart', async () => {
    const user = userEvent.setup();
    render(<ThemedGenogram family={leo()} />);
    expect(chart()).toHaveAttribute('data-theme', 'auto');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colours' }), 'High contrast');
    expect(chart()).toHaveAttribute('data-theme', 'high-contrast');
    expect(chart().style.getPropertyValue('--kinmap-ink')).not.toBe('');
    expect(document.querySelector('style')?.textContent).toContain('--kinmap-household: #1d70b8');
  });
});

describe('docs/examples/ExportSvg', () => {
  it('makes a standalone SVG with the date in its title', () => {
    const svg = genogramSvg(leo(), '2024-06-01');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`${leo().title}, at 2024-06-01`);
    expect(svg).not.toContain('var(');
  });

  it('downloads it from a button', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:genogram';
    });
    // jsdom has no object URLs: lend it two for this test.
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: Array<{ download: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    try {
      render(<DownloadSvgButton family={leo()} />);
      await user.click(screen.getByRole('button', { name: 'Download the genogram (SVG)' }));
    } finally {
      Object.assign(URL, original);
    }
    expect(clicked).toEqual([{ download: 'Leo and Maisie Carter family map.svg', href: 'blob:genogram' }]);
    expect(blobs[0]?.type).toBe('image/svg+xml');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    expect(text).toMatch(/^<\?xml[^]*<svg[^]*<\/svg>$/);
  });
});

describe('docs/examples/EditableGenogram', () => {
  it('removes the person in focus with Delete, saves the change, and undoes with Ctrl+Z', async () => {
    const user = userEvent.setup();
    const saveChange = vi.fn();
    render(<EditableGenogram initialFamily={leo()} saveChange={saveChange} />);
    await user.tab();
    const leoSymbol = () => chart().querySelector('[data-person-id="person:leo"]');
    expect(document.activeElement).toBe(leoSymbol());
    await user.keyboard('{Delete}');
    expect(leoSymbol()).toBeNull();
    expect(saveChange).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('status')).getByText(/^Removed Leo Carter\. Press Ctrl\+Z to undo\.$/));
    await user.keyboard('{Control>}z{/Control}');
    expect(leoSymbol()).not.toBeNull();
    expect(saveChange).toHaveBeenCalledTimes(2);
  });
});
