import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../support/chromium.ts';

export { CHROMIUM };

export interface DemoBrowser {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and requests to other sites seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface DemoBrowserOptions {
  /**
   * Keep the page's Content Security Policy in force (default: bypassed, so axe-core can be injected
   * as an inline script). Every violation the page reports is then one of `problems`.
   */
  enforceContentSecurityPolicy?: boolean;
}

/**
 * Starts the system Chromium with a fresh profile (so IndexedDB starts empty) and opens one page.
 * Fails with a clear message when Chromium is missing.
 */
export async function openDemoBrowser(options: DemoBrowserOptions = {}): Promise<DemoBrowser> {
  const enforce = options.enforceContentSecurityPolicy === true;
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser journeys need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install chromium), ` +
        'set KINMAP_CHROMIUM to its path, or run `npm test`, which installs it when it can.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'kinmap-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
    // axe-core is injected as an inline script, which the app's Content Security Policy would block.
    bypassCSP: !enforce,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  if (enforce) {
    // Scripts added this way run whatever the policy says; the event names what was refused.
    await page.exposeFunction('__kinmapPolicyViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __kinmapPolicyViolation: (text: string) => void })
          .__kinmapPolicyViolation;
        report(
          `Content Security Policy refused ${event.blockedURI || 'inline'} (${event.effectiveDirective})` +
            (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
        );
      });
    });
  }
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another site: ${request.url()}`);
    }
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page and returns its violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
  return violations;
}

/** Saves a screenshot of the page under test-results/ (kept as a CI artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join('test-results', 'e2e', `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
