// Lint rules that hold the house conventions: promises are awaited, the core stays free of Directus and
// of the glue, the running extension never imports the installer, and the app never imports the server.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // French typography puts narrow no-break spaces in the report's texts on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // Every regular expression with control characters here is a guard that finds them to refuse them.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests write the values an attacker sends: numbers beyond double precision, invisible characters.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off', 'no-irregular-whitespace': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    // Tests and their support may read the shared fixtures under test/.
    ignores: ['core/**/*.test.ts', 'core/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extensions/**', '**/seed/**', '**/scripts/**', '**/test/**'],
              message: 'core/ imports nothing outside core/.',
            },
            {
              group: ['@directus/*', 'directus', 'knex', 'vue'],
              message: 'core/ is plain TypeScript: no Directus, database or UI import.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['extensions/**/*.ts'],
    ignores: ['extensions/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/seed/**'], message: 'The running extension never imports the installer (seed/).' }],
        },
      ],
    },
  },
  {
    // The app's code runs in the browser: it may share the server's types, never its code (knex, Directus services).
    files: [
      'extensions/barometer/src/{barometer-module,shared-app,questionnaire-interface,expression-interface,coverage-panel,score-panel,field-app}/**/*.ts',
      'extensions/barometer/src/report-operation/app.ts',
    ],
    ignores: ['extensions/**/*.test.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/seed/**'], message: 'The running extension never imports the installer (seed/).' },
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'App code imports no server module (extensions/barometer/src/server/), only its types.',
            },
          ],
        },
      ],
    },
  },
);
