// Global setup of the e2e project: builds the demo once and serves the static build on a free
// localhost port (vite preview), exactly as `npm start` does. Every journey reads the address with
// inject('demoUrl').
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

const demoRoot = fileURLToPath(new URL('../../../packages/demo', import.meta.url));

export default async function setup(project: TestProject) {
  const configFile = `${demoRoot}/vite.config.ts`;
  // Vitest sets NODE_ENV=test, which would give a development build of React: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, root: demoRoot, logLevel: 'error', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    configFile,
    root: demoRoot,
    logLevel: 'error',
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string')
    throw new Error('The demo preview server did not report a port');
  project.provide('demoUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
