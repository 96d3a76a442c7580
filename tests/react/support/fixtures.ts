// The shared loader works in jsdom too; kept as a re-export for the tests that import it from here.
export { FIXTURE_NAMES, loadFixture } from '../../support/fixtures.ts';
export type { FixtureName } from '../../support/fixtures.ts';
