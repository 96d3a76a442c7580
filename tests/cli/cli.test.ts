// The command line of issue 14: `kinmap render family.json --profile … --format pdf|svg|png|json`.
// In process through main() for every exit path, and once through the real `kinmap` script.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFamily } from '@kinmap/model';
import { EXIT, main, type Io } from '@kinmap/cli';
import { readFixtureText } from '../support/fixtures.ts';
import { flat, readPdf } from '../report/support/pdfText.ts';

let dir = '';
let good = '';
let invalid = '';
let notJson = '';

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kinmap-cli-'));
  good = join(dir, 'leo.json');
  // Grace's flat made confidential: it must not reach a partner agency's copy in any format.
  const leo = JSON.parse(readFixtureText('leo')) as {
    households: { address?: { confidential?: boolean } }[];
  };
  const flat = leo.households[0];
  if (flat?.address) flat.address.confidential = true;
  await writeFile(good, JSON.stringify(leo));
  const broken = JSON.parse(readFixtureText('minimal')) as { people: Record<string, unknown>[] };
  broken.people[0] = { ...broken.people[0], kind: 'alien' };
  invalid = join(dir, 'broken.json');
  await writeFile(invalid, JSON.stringify(broken));
  notJson = join(dir, 'notes.json');
  await writeFile(notJson, 'Leo lives with his mum {');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kinmap render: good input', () => {
  it('json: the redacted copy, a valid family without the confidential address', async () => {
    const io = capture();
    const out = join(dir, 'json');
    expect(
      await main(['render', good, '--profile', 'partner_agency', '--format', 'json', '-o', out], io),
    ).toBe(EXIT.ok);
    expect(await readdir(out)).toEqual(['leo-partner_agency.json']);
    const text = await readFile(join(out, 'leo-partner_agency.json'), 'utf8');
    expect(parseFamily(text).ok).toBe(true);
    expect(text).not.toContain('Orsett Road');
    expect(text).toContain('Tilbury');
    expect(io.stdout()).toMatch(/leo-partner_agency\.json \(\d+ fields removed\)/);
    expect(io.stderr()).toBe('');
  });

  it('svg and png: the chart, the PNG a real image from resvg', async () => {
    const out = join(dir, 'pictures');
    for (const format of ['svg', 'png']) {
      expect(
        await main(['render', good, '--profile', 'partner_agency', '--format', format, '-o', out], capture()),
      ).toBe(EXIT.ok);
    }
    const svg = await readFile(join(out, 'leo-partner_agency.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    expect(svg).toContain('Leo Carter');
    expect(svg).not.toContain('Orsett');
    const png = await readFile(join(out, 'leo-partner_agency.png'));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(500);
  });

  it('pdf (the default format): the report with its banner, the address absent', async () => {
    const out = join(dir, 'pdf');
    expect(await main(['render', good, '--profile', 'partner_agency', '-o', out], capture())).toBe(EXIT.ok);
    const text = flat(
      (await readPdf(new Uint8Array(await readFile(join(out, 'leo-partner_agency.pdf'))))).text,
    );
    expect(text).toContain('Partner agency copy: 1 confidential address');
    expect(text).not.toContain('Orsett Road');
  });

  it('--help prints the usage and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(EXIT.ok);
    expect(io.stdout()).toContain('Usage: kinmap render');
    expect(io.stdout()).toContain('partner_agency');
  });
});

describe('kinmap render: bad input', () => {
  it('an invalid family: exit 1, each problem with the field it is in', async () => {
    const io = capture();
    const out = join(dir, 'bad');
    expect(
      await main(['render', invalid, '--profile', 'case_record', '--format', 'json', '-o', out], io),
    ).toBe(EXIT.badInput);
    expect(io.stderr()).toContain(`${invalid} is not a valid family map`);
    expect(io.stderr()).toMatch(/people\[0\]\.kind: /);
    expect(await readdir(out)).toEqual([]);
  });

  it('a file that is not JSON, or is missing: exit 1 with a plain message', async () => {
    const io = capture();
    expect(await main(['render', notJson, '--profile', 'case_record', '-o', dir], io)).toBe(EXIT.badInput);
    expect(io.stderr()).toContain('is not a valid family map');
    const missing = capture();
    expect(
      await main(['render', join(dir, 'nope.json'), '--profile', 'case_record', '-o', dir], missing),
    ).toBe(EXIT.badInput);
    expect(missing.stderr()).toContain('cannot read');
    expect(missing.stderr()).toContain('no such file');
  });

  it('a wrong command: exit 2 naming what is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['render', good], /--profile is required/],
      [['render', good, '--profile', 'everyone'], /--profile 'everyone' is not a profile/],
      [['render', good, '--profile', 'case_record', '--format', 'docx'], /--format 'docx' is not a format/],
      [
        ['render', good, '--profile', 'case_record', '--as-at', '1/3/2021'],
        /--as-at '1\/3\/2021' is not a date/,
      ],
      [['render', good, '--profile', 'case_record', '--colour'], /Unknown option '--colour'/],
      [['render', '--profile', 'case_record'], /name at least one family file/],
      [['draw', good], /unknown command 'draw'/],
      [['render', good, '--profile', 'subject_access', '--format', 'json', '-o', dir], /options\.requester/],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io), argv.join(' ')).toBe(EXIT.usage);
      expect(io.stderr()).toMatch(message);
    }
  });
});

describe('the kinmap script itself', () => {
  const bin = resolve('packages/cli/bin/kinmap.mjs');
  const run = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
        timeout: 120_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  };

  it('exits 0 on --help and on a good file, 1 on an invalid one, 2 on a wrong command', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kinmap render');
    const out = join(dir, 'bin');
    const ok = await run(['render', good, '--profile', 'family_copy', '--format', 'json', '-o', out]);
    expect(ok.code).toBe(0);
    expect(await readdir(out)).toEqual(['leo-family_copy.json']);
    const bad = await run(['render', invalid, '--profile', 'family_copy', '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/people\[0\]\.kind: /);
    const wrong = await run(['render', good]);
    expect(wrong.code).toBe(2);
  });
});
