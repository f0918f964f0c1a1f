// The global setup of the `slow` test tier: builds the app and the library
// floor once (for the size budget and the CSP check alike), measures them,
// and hands the measurements to the tests with `inject('build')`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { measureAppAndFloor, type Comparison } from '../bench/lib/size.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Both builds, measured; `appDir` holds the app's production build. */
    build: Comparison;
  }
}

/** Builds once before the tier's tests; the returned teardown removes the builds. */
export default async function buildOnce(project: TestProject): Promise<() => Promise<void>> {
  const workDir = await mkdtemp(join(tmpdir(), 'slow-tier-'));
  project.provide('build', await measureAppAndFloor(workDir));
  return () => rm(workDir, { recursive: true, force: true });
}
