import { defineConfig } from '@playwright/test'
import { fileURLToPath } from 'node:url'

const results = fileURLToPath(new URL('./.results/', import.meta.url))

/**
 * Browser tests against the real stack: `node ../server/scripts/stack.mjs --e2e` starts a fresh seeded
 * database, the API on :3100 and the built web client (vite preview) on :5180.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: `${results}artifacts`,
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${results}e2e.json` }],
  ],
  use: {
    baseURL: 'http://127.0.0.1:5180',
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        // getDisplayMedia without a picker: the lecturer's screen share shares Chromium's fake desktop.
        '--auto-select-desktop-capture-source=Entire screen',
      ],
    },
  },
  webServer: {
    command: 'node ../server/scripts/stack.mjs --e2e',
    url: 'http://127.0.0.1:5180/health-web',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
