/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000'
const port = Number(process.env.WEB_PORT ?? 5173)
const host = process.env.WEB_HOST ?? '127.0.0.1'
const mediaUrl = process.env.MEDIA_URL ?? 'http://127.0.0.1:3001'

// Regex key for /health so it does not also swallow /health-web (served from public/).
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
  '^/health(\\?.*)?$': { target: apiUrl, changeOrigin: true },
  // REST endpoints of the API for files (spreadsheet uploads, XLSX downloads): same path in web/nginx.conf.
  '/api/': { target: apiUrl, changeOrigin: true },
  // socket.io signalling of live classes (same paths as web/nginx.conf).
  '/live/': { target: mediaUrl, changeOrigin: true, ws: true },
}

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The live signalling contract (types, constants, assertNever), compiled from source with the page code.
      '@gd/schema': fileURLToPath(new URL('../schema/src/index.ts', import.meta.url)),
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: false,
  },
  server: { host, port, strictPort: true, proxy },
  preview: { host, port, strictPort: true, proxy },
  build: {
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    // Two-core machines: one worker keeps the suite from starving a parallel build.
    maxWorkers: 1,
    // tests/run-all.mjs collects every suite's JSON report.
    reporters: process.env.GD_VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.GD_VITEST_JSON }]]
      : ['default'],
  },
})
