/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { fontSubsetPlugin } from './scripts/lib/font-subset.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
    svelte(),
    fontSubsetPlugin(),
    ...(process.env.VITEST ? [svelteTesting()] : []),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // We register it ourselves with workbox-window (src/kiosk/updates.svelte.ts): updates are
      // applied at a scene boundary, and an inline registration script would break our CSP.
      injectRegister: false,
      manifest: {
        name: '工人文化宫大厅信息屏',
        short_name: '信息屏',
        lang: 'zh-CN',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#1a0907',
        theme_color: '#7a1712',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        // The two font weights are ~1.2 MB each; everything the kiosk needs must be precached
        // (scripts/verify-precache.mjs fails the build if anything is left out).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.KIOSK_APP_VERSION ?? `${pkg.version}+${new Date().toISOString().slice(0, 16)}`),
  },
  // content/ is read over HTTP at run time, never bundled: public/ holds only app files.
  publicDir: 'public',
  build: {
    // KIOSK_DIST lets parallel builds (tests, benchmarks) use their own folders.
    outDir: process.env.KIOSK_DIST ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // The kiosk, and the layout sheet (sheet/: one scene at a time, measured; for tests and
      // `content:check --render`), which shares only the scenes and their modules with it.
      // The content editor (editor/: staff's forms, preview and publish) is a third page; the
      // kiosk never loads its code (scripts/verify-precache.mjs checks).
      input: { index: 'index.html', sheet: 'sheet/index.html', editor: 'editor/index.html' },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
