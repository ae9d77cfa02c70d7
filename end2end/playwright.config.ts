import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; the release server on its own port.
const port = Number(process.env.E2E_PORT ?? 3100);
const server = process.env.SERVER_BIN ?? '../target/release/server';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `./serve.sh ${server} 127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    // E2E_REUSE_SERVER=1 runs the suite against a server already listening on E2E_PORT.
    reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
    timeout: 30_000,
  },
});
