// The layering of the README's architecture is enforced by lint (the zones in
// eslint.config.js): these run the project's own ESLint config on snippets
// placed in each layer, so a rule that stops firing fails here.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.js') });

/** The layering messages ESLint reports for `code` saved as `file`. */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/imports')
    .map((m) => m.message);
}

describe('the layering lint', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/result/X.tsx',
      "import { useScenarioStore } from '../scenarios/store';\nexport const x = useScenarioStore;",
      'src/features/result may not import src/features/scenarios',
    ],
    [
      'a feature importing the app shell',
      'src/features/wizard/X.ts',
      "export { App } from '../../app/App';",
      'src/features/wizard may not import src/app',
    ],
    [
      'a feature loading another feature lazily',
      'src/features/landing/X.ts',
      "export const load = () => import('../share/codec');",
      'src/features/landing may not import src/features/share',
    ],
    [
      'rules/ importing the app',
      'rules/x.ts',
      "import { formatMonth } from '../src/components/format';\nexport const f = formatMonth;",
      'rules may not import src',
    ],
    [
      'a shared component importing a feature',
      'src/components/X.tsx',
      "import { wizardMachine } from '../features/wizard/machine';\nexport const m = wizardMachine;",
      'src/components may not import src/features',
    ],
  ])('rejects %s', async (_, file, code, message) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['a feature importing its own files', 'src/features/result/X.ts', "export * from './scores';"],
    [
      'a feature importing rules/ and shared components',
      'src/features/result/X.ts',
      "export * from '../../../rules';\nexport * from '../../components/format';",
    ],
    [
      'the app shell composing features',
      'src/app/X.ts',
      "export * from '../features/wizard/machine';\nexport * from '../features/share/codec';",
    ],
    ['rules/ importing rules/', 'rules/x.ts', "export * from './passages';"],
  ])('allows %s', async (_, file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
