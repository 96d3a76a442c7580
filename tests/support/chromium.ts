// The system Chromium and the flags every browser run here uses (e2e journeys, the fixture pictures,
// the React benchmark): headless, no sandbox, no GPU, and nothing that reaches the network.
export const CHROMIUM = process.env.KINMAP_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
