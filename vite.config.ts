/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [svelte(), ...(process.env.VITEST ? [svelteTesting()] : [])],
  define: {
    __APP_VERSION__: JSON.stringify(`${pkg.version}+${new Date().toISOString().slice(0, 16)}`),
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
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
