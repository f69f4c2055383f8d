import { defineConfig } from 'vite';
import type { EnvironmentOptions } from 'vite';
import { builtinModules } from 'node:module';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Main and preload bundled to CommonJS, as two separate builds so neither shares a chunk with the other: a sandboxed
// preload cannot require sibling chunks, so preload.cjs must be one file that requires only "electron". Everything
// else (zod included) is bundled in, so the packaged app needs no node_modules at run time.
const outDir = resolve(import.meta.dirname, 'dist-electron');
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function cjsEntry(name: 'main' | 'preload', file: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node22',
      ssr: true,
      minify: false,
      sourcemap: true,
      rollupOptions: {
        input: { [name]: resolve(import.meta.dirname, file) },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
}

/**
 * The report fonts (shared/report/fonts.ts: Inter and Noto Sans SC, weights 400 and 700) copied to
 * dist-electron/report-fonts/<package>/<file>, which the app serves at app://airlock/report-fonts/ for PDF printing.
 */
function copyReportFonts(): void {
  for (const pkg of ['inter', 'noto-sans-sc']) {
    const from = resolve(import.meta.dirname, 'node_modules/@fontsource', pkg, 'files');
    const to = join(outDir, 'report-fonts', pkg);
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from)) if (/-(400|700)-normal\.woff2$/.test(file)) cpSync(join(from, file), join(to, file));
  }
}

export default defineConfig({
  environments: {
    main: cjsEntry('main', 'electron/main/index.ts'),
    preload: cjsEntry('preload', 'electron/preload/index.ts'),
  },
  builder: {
    async buildApp(builder) {
      rmSync(outDir, { recursive: true, force: true });
      for (const name of ['main', 'preload']) {
        const environment = builder.environments[name];
        if (!environment) throw new Error(`vite.electron.config.ts: no "${name}" environment`);
        await builder.build(environment);
      }
      copyReportFonts();
    },
  },
});
