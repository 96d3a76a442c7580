import type { Family } from '@kinmap/model';
import { useState } from 'react';
import { routeHash } from '../route.ts';
import { PrivacyNote } from '../PrivacyNote.tsx';
import { exportMap, type ExportFormat } from './exportMap.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { ShareButton } from './share/ShareButton.tsx';
import type { MapStore } from '../storage/mapStore.ts';

export interface EditorBarProps {
  family: Family;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  store: MapStore;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** The editor's top bar: back to the maps, title, undo and redo, export and print. */
export function EditorBar({ family, canUndo, canRedo, onUndo, onRedo, store }: EditorBarProps) {
  const [exportError, setExportError] = useState<string | undefined>();
  async function run(format: ExportFormat) {
    try {
      await exportMap(family, format);
      setExportError(undefined);
    } catch (error) {
      setExportError(
        `The ${format.toUpperCase()} file could not be made: ${error instanceof Error ? error.message : ''}`,
      );
    }
  }
  return (
    <header className="editor__bar">
      <a href={routeHash({ screen: 'start' })} className="no-print">
        ← Your maps
      </a>
      <h1 className="editor__title">{family.title}</h1>
      <SaveStatus store={store} family={family} />
      <div className="button-row" role="group" aria-label="Undo and redo">
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          onClick={onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo <span className="shortcut">({MOD}+Z)</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          onClick={onRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          Redo <span className="shortcut">({MOD}+Shift+Z)</span>
        </button>
      </div>
      {/* Sharing with anyone else goes through the dialog (a redacted copy, recorded on the map). The
          buttons beside it are the worker's own copy: everything on the map, said so on the screen. */}
      <ShareButton />
      <div className="button-row own-copy" role="group" aria-labelledby="own-copy-label">
        <span id="own-copy-label" className="own-copy__label">
          Everything, for your own record:
        </span>
        <button type="button" className="button" onClick={() => void run('json')}>
          Export Kinmap file (JSON)
        </button>
        <button type="button" className="button" onClick={() => void run('svg')}>
          Export picture (SVG)
        </button>
        <button type="button" className="button" onClick={() => void run('png')}>
          Export picture (PNG)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print everything
        </button>
      </div>
      <PrivacyNote />
      {exportError && (
        <p className="field__error" role="alert">
          {exportError}
        </p>
      )}
    </header>
  );
}
