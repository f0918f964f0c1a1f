// Types for size.mjs, so the budget test imports it type-checked.
import type { Rollup } from 'vite';

/** Raw, gzip and brotli bytes of one file or a sum of files. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
/** The files of one kind (eager JS, eager CSS, lazy JS) and their sum. */
export interface Group {
  files: (Sizes & { file: string })[];
  total: Sizes;
}
/** What one build loads eagerly and what it leaves for later. */
export interface BuildSizes {
  js: Group;
  css: Group;
  lazy: Group;
  /** Bytes of the initial JS by origin (npm package, feature folder…) before minification, largest first. */
  origins: { origin: string; rendered: number }[];
}
/** Both builds measured side by side; `ratio` is app/floor initial JS, gzip. */
export interface Comparison {
  app: BuildSizes;
  floor: BuildSizes;
  ratio: number;
  appDir: string;
  floorDir: string;
}

/** The budget: the app's initial JS (gzip) may be at most this multiple of the floor's. */
export declare const BUDGET_RATIO: number;
/** The repository root. */
export declare const ROOT: string;
/** Builds the app into `outDir` with its own vite.config.ts. */
export declare function buildApp(outDir: string): Promise<Rollup.RollupOutput[]>;
/** Builds the floor app into `outDir`. */
export declare function buildFloor(outDir: string): Promise<Rollup.RollupOutput[]>;
/** gzip (level 9) and brotli (quality 11) sizes of a buffer. */
export declare function compressedSizes(buffer: Uint8Array): Sizes;
/** The asset paths that index.html loads eagerly. */
export declare function eagerAssetsOfHtml(html: string): { js: Set<string>; css: Set<string> };
/** Measures a build in `outDir` made by `outputs`. */
export declare function measureBuild(
  outDir: string,
  outputs: Rollup.RollupOutput[],
): Promise<BuildSizes>;
/** Builds both apps under `workDir` and measures them. */
export declare function measureAppAndFloor(workDir: string): Promise<Comparison>;
