import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const setupFiles = ['./tests/setup/failOnConsole.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'model', include: ['tests/model/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: { name: 'layout', include: ['tests/layout/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          exclude: ['tests/react/**/*.node.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, './tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-node',
          include: ['tests/react/**/*.node.test.{ts,tsx}'],
          environment: 'node',
          setupFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'stories',
          include: ['tests/stories/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, './tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'demo', include: ['tests/demo/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          globalSetup: ['./tests/e2e/support/demoServer.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
