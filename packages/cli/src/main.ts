import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ModelError,
  parseFamily,
  REDACTION_PROFILES,
  type PersonId,
  type RedactionProfile,
  type RedactOptions,
} from '@kinmap/model';
import { RENDER_FORMATS, renderFamily, type RenderFormat } from './render.ts';

/** Exit codes: 0 done; 1 a family file could not be read or is not valid; 2 the command itself is wrong. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export const HELP = `Usage: kinmap render <family.json>... --profile <profile> [options]

Writes a family map for one recipient. The map is always redacted for the profile first:
what the recipient may not see is taken out of the file, not hidden.

Options:
  --profile <name>       who the copy is for (required): ${REDACTION_PROFILES.join(', ')}
  --format <format>      pdf (the report, default), svg, png or json
  -o, --out <folder>     where to write (default: the current folder); made if missing
  --as-at <YYYY-MM-DD>   the chart date (default: the map's own date, else today)
  --title <text>         the report's title (pdf)
  --page-size <size>     A4 (default) or A3 (pdf)
  --requester <id>       subject_access: the person who asked (their id in the map)
  --family-member <id>   family_copy: a person the copy is for (repeat for each)
  -h, --help             show this help

Each file is written as <name>-<profile>.<format>, e.g. carter-partner_agency.pdf.

Exit codes: 0 done; 1 a family file could not be read or is not valid (each problem is listed
with the field it is in); 2 the command is wrong (an unknown option, profile or format).

Example:
  kinmap render carter.json --profile partner_agency --format pdf -o out/
`;

/** Where the command writes its messages; the real streams by default, a buffer in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const realIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

function usage(io: Io, message: string): number {
  io.err(`kinmap: ${message}\nRun 'kinmap --help' for the options.\n`);
  return EXIT.usage;
}

/**
 * Runs `kinmap` with its arguments (without `node` and the script) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await main(['render', 'carter.json', '--profile', 'partner_agency', '-o', 'out']);
 * ```
 */
export async function main(argv: readonly string[], io: Io = realIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        format: { type: 'string', default: 'pdf' },
        out: { type: 'string', short: 'o', default: '.' },
        'as-at': { type: 'string' },
        title: { type: 'string' },
        'page-size': { type: 'string' },
        requester: { type: 'string' },
        'family-member': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const [command, ...files] = positionals;
  if (command !== 'render') {
    return usage(
      io,
      command === undefined
        ? 'say what to do: kinmap render <family.json> …'
        : `unknown command '${command}'`,
    );
  }
  if (files.length === 0) return usage(io, 'name at least one family file (.json)');
  const profile = values.profile;
  if (profile === undefined) {
    return usage(io, `--profile is required: one of ${REDACTION_PROFILES.join(', ')}`);
  }
  if (!(REDACTION_PROFILES as readonly string[]).includes(profile)) {
    return usage(io, `--profile '${profile}' is not a profile: use one of ${REDACTION_PROFILES.join(', ')}`);
  }
  const format = values.format;
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    return usage(io, `--format '${format}' is not a format: use one of ${RENDER_FORMATS.join(', ')}`);
  }
  const asAt = values['as-at'];
  if (asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asAt)) {
    return usage(io, `--as-at '${asAt}' is not a date: write it as YYYY-MM-DD`);
  }
  const pageSize = values['page-size'];
  if (pageSize !== undefined && pageSize !== 'A4' && pageSize !== 'A3') {
    return usage(io, `--page-size '${pageSize}' is not a paper size: use A4 or A3`);
  }
  const redaction: RedactOptions = {};
  if (values.requester !== undefined) redaction.requester = values.requester as PersonId;
  if (values['family-member'] !== undefined) redaction.familyMembers = values['family-member'] as PersonId[];

  await mkdir(values.out, { recursive: true });
  let failed = false;
  let wrongOption = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`kinmap: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(error)}\n`);
      failed = true;
      continue;
    }
    const result = parseFamily(text);
    if (!result.ok) {
      io.err(`kinmap: ${file} is not a valid family map:\n`);
      for (const issue of result.issues) io.err(`  ${issue.path || '(the whole file)'}: ${issue.message}\n`);
      failed = true;
      continue;
    }
    try {
      const rendered = await renderFamily(result.family, {
        profile: profile as RedactionProfile,
        format: format as RenderFormat,
        redaction,
        ...(asAt ? { asAt } : {}),
        ...(values.title ? { title: values.title } : {}),
        ...(pageSize ? { pageSize } : {}),
      });
      const target = join(values.out, `${basename(file, extname(file))}-${profile}.${format}`);
      await writeFile(target, rendered.bytes);
      io.out(
        `${target} (${rendered.removedTotal} ${rendered.removedTotal === 1 ? 'field' : 'fields'} removed)\n`,
      );
    } catch (error) {
      if (error instanceof ModelError) {
        // A redaction option that does not fit this map (a requester who is not on it, say).
        io.err(`kinmap: ${file}: ${error.message}\n`);
        wrongOption = true;
        continue;
      }
      throw error;
    }
  }
  return failed ? EXIT.badInput : wrongOption ? EXIT.usage : EXIT.ok;
}
