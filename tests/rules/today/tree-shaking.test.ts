import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const RULES = resolve(__dirname, '../../../rules/index.ts');

/** Bundles a module that re-exports `names` from rules/index.ts, minified, and returns its code. */
async function bundle(names: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'today-shake-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(entry, `export { ${names.join(', ')} } from ${JSON.stringify(RULES)};\n`);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'entry' } },
    });
    const [result] = Array.isArray(output) ? output : [output];
    const chunk = (result as Rolldown.RolldownOutput).output[0];
    return chunk.code;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Words found only in today's reasons, and only in its facts' sources.
const REASON = 'Kairos upgrades its built-in k3s or k0s through its operator';
const SOURCE = 'kairos-io/kairos issue #1599';

// rules/index.ts is the domain's one public face, so everything that reads the
// article's rules imports it: today's module must cost nothing where unused.
describe('today’s module in a bundle', () => {
  it('is left out when only the article’s rules are imported', async () => {
    const code = await bundle(['recommend', 'OUTCOMES']);
    expect(code).toContain('InvalidAnswersError');
    expect(code).not.toContain(REASON);
    expect(code).not.toContain(SOURCE);
  });

  it('brings the reasons but not the facts’ text with recommendToday alone', async () => {
    const code = await bundle(['recommendToday']);
    expect(code).toContain(REASON);
    expect(code).not.toContain(SOURCE);
  });
});
