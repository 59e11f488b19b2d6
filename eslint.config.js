// Lint: typescript-eslint's recommended rules, plus the one-way data flow of
// the pipeline: a stage imports an earlier stage only through its
// `index.ts`, and never a later one; and a library that runs off Node: only
// the command line (`src/cli`) uses Node's modules and globals.
import {builtinModules} from 'node:module'
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The stages, in the order data flows through them. */
const stages = [
  'source',
  'blocks',
  'extract',
  'normalize',
  'diff',
  'render',
  'cli'
]

/**
 * Node's modules, with or without `node:` (`fs`, `fs/promises`,
 * `node:crypto`): off `src/cli` the library runs in browsers too.
 */
const nodeModules = {
  // Builtin names hold only letters, digits, `_` and `/`: nothing to escape.
  regex: '^(?:node:.*|' + builtinModules.join('|') + ')$',
  message:
    'Only `src/cli` uses Node: the library runs in browsers too (see README, “Library”).'
}

/**
 * Node's globals, which only `src/cli` may use (`globalThis`, `TextEncoder`,
 * `URL` and the like are everywhere).
 */
const nodeGlobals = [
  'Buffer',
  'process',
  '__dirname',
  '__filename',
  'require',
  'module',
  'global',
  'setImmediate'
].map((name) => ({
  name,
  message:
    'Only `src/cli` uses Node: the library runs in browsers too (see README, “Library”).'
}))

/** The entry points, which compose the stages: no stage imports them. */
const entryPoints = ['parse.js', 'views.js', 'document.js', 'index.js']

/**
 * Import patterns a file of `stage` may not use.
 *
 * @param {string} stage
 */
function restrictedFor(stage) {
  const position = stages.indexOf(stage)
  const patterns = []
  for (const [index, other] of stages.entries()) {
    if (other === stage) continue
    for (const up of ['..', '../..']) {
      if (index > position) {
        patterns.push({
          group: [up + '/' + other + '/*', up + '/' + other],
          message:
            '`' + stage + '` comes before `' + other + '`: data flows one way.'
        })
      } else {
        patterns.push({
          group: [
            up + '/' + other + '/*',
            '!' + up + '/' + other + '/index.js'
          ],
          message: 'Import `' + other + '` through its `index.ts`.'
        })
      }
    }
  }
  // The entry points compose the stages; a stage never imports them. The
  // command line is the library's caller: it may, and it alone runs on Node.
  if (stage !== 'cli')
    patterns.push(nodeModules, {
      group: ['..', '../..'].flatMap((up) =>
        entryPoints.map((name) => up + '/' + name)
      ),
      message:
        'A stage does not import the entry points that compose the stages.'
    })
  return patterns
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'dataset/',
      'history/',
      'fixtures/',
      'notes/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}
      ]
    }
  },
  ...stages.map((stage) => ({
    files: ['src/' + stage + '/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: restrictedFor(stage)}]
    }
  })),
  {
    // The pieces every stage shares: they import no stage.
    files: ['src/*.ts'],
    ignores: [
      'src/index.ts',
      'src/parse.ts',
      'src/views.ts',
      'src/document.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: stages.flatMap((stage) => [
                './' + stage + '/*',
                './' + stage
              ]),
              message: 'Shared modules import no stage.'
            },
            {
              // Else a stage could reach a later one through them.
              group: entryPoints.map((name) => './' + name),
              message: 'Shared modules import no entry point.'
            },
            nodeModules
          ]
        }
      ]
    }
  },
  {
    files: ['src/index.ts', 'src/parse.ts', 'src/views.ts', 'src/document.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...stages.map((stage) => ({
              group: ['./' + stage + '/*', '!./' + stage + '/index.js'],
              message: 'Import `' + stage + '` through its `index.ts`.'
            })),
            nodeModules
          ]
        }
      ]
    }
  },
  {
    // Helpers that every stage shares: they import nothing of the library
    // outside `src/util`, so no stage reaches another through them.
    files: ['src/util/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['../*', '..'], message: 'Helpers import only helpers.'},
            nodeModules
          ]
        }
      ]
    }
  },
  {
    // Only one block sets this rule: nothing to merge.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals],
      // What the two rules above cannot see: `import()` and Node's globals
      // read off `globalThis`.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message:
            'The library imports statically: a bundle for the browser must see every module.'
        },
        {
          selector:
            "MemberExpression[object.name='globalThis'][property.name=/^(" +
            nodeGlobals.map(({name}) => name).join('|') +
            ')$/]',
          message: nodeGlobals[0].message
        }
      ]
    }
  }
)
