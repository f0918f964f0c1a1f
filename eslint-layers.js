// An ESLint rule that keeps imports one-way between the repository's folders
// (the zones are in eslint.config.js). It resolves each relative specifier
// against the importing file, so any `../` depth, `export … from` and
// `import()` are caught alike, which path patterns on the raw text cannot do.
import { posix, relative } from 'node:path';

const ROOT = import.meta.dirname;

/** The folder of `path` that `pattern` (`*` = one folder name) matches, or null. */
function matchFolder(pattern, path) {
  const parts = pattern.split('/');
  const segments = path.split('/');
  if (segments.length < parts.length) return null;
  const folder = segments.slice(0, parts.length);
  return parts.every((part, i) => part === '*' || part === folder[i]) ? folder.join('/') : null;
}

/** `path` relative to the repository root, with `/` separators. */
function fromRoot(path) {
  return relative(ROOT, path).split('\\').join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go one way between the layers named in eslint.config.js' },
    schema: [{ type: 'array' }],
    messages: { crosses: '{{from}} may not import {{to}}: {{because}}.' },
  },
  create(context) {
    const zones = context.options[0] ?? [];
    const file = fromRoot(context.filename);
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = posix.normalize(posix.join(posix.dirname(file), source.value));
      for (const zone of zones) {
        const own = matchFolder(zone.from, file);
        if (own === null) continue;
        const crossed = zone.forbid
          .map((pattern) => matchFolder(pattern, target))
          .find((folder) => folder !== null && folder !== own);
        if (crossed)
          context.report({
            node: source,
            messageId: 'crosses',
            data: { from: own, to: crossed, because: zone.because },
          });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
