// Server-side libraries stay outside dist/api.js: they read their own data files (fonts, vega
// schemas, highs.wasm) at run time and are resolved from node_modules like any dependency of this package.
const serverOnly = [
  'bidi-js',
  'busboy',
  'csv-parse',
  'csv-stringify',
  'exceljs',
  'highs',
  'pdfmake',
  'vega',
  'vega-lite',
];

export default {
  plugins: [
    {
      name: 'barometer-server-externals',
      resolveId(source) {
        const isServerOnly = serverOnly.some((name) => source === name || source.startsWith(`${name}/`));
        return isServerOnly ? { id: source, external: true } : null;
      },
    },
  ],
};
