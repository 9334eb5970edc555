// Builds the add-in into dist/: functions.js + functions.json (custom functions), taskpane.html (the shared runtime
// page that also hosts the functions and ribbon commands), manifest.xml with its URLs for the target host, assets/.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { localizedMetadata } = require('./scripts/localized-metadata');
const { sources } = require('webpack');
const { renderDocs } = require('./scripts/docs-html');
const pkg = require('./package.json');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the workbench serves the office.js of the @microsoft/office-js package (see scripts/serve.js). */
const OFFICE_JS_LOCAL = 'office-js/office.js';

const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);

/** Text with every dev URL (https://localhost:3000/…) moved to the host the build is for. */
function rehost(content, addinUrl) {
  const root = withSlash(addinUrl);
  return content.toString().split(DEV_URL).join(root).split(DEV_URL.slice(0, -1)).join(new URL(root).origin);
}

/** The manifest's <Version> from package.json (Office wants four parts). */
const withVersion = (content) => content.toString().replace(/<Version>[^<]*<\/Version>/, `<Version>${pkg.version}.0</Version>`);

/** Emits docs/*.md as HTML and moves every dev URL in the text assets (manifest, functions.json, pages) to ADDIN_URL. */
class HostedTextPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HostedTextPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HostedTextPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT }, () => {
        for (const [name, html] of Object.entries(renderDocs(path.resolve(__dirname, 'docs')))) {
          compilation.emitAsset(name, new sources.RawSource(html));
        }
        for (const name of Object.keys(compilation.assets).filter((n) => /\.(json|html|xml)$/.test(n))) {
          const text = compilation.assets[name].source().toString();
          if (text.includes(DEV_URL)) compilation.updateAsset(name, new sources.RawSource(rehost(text, this.addinUrl)));
        }
      });
    });
  }
}

/**
 * Metadata options the generator cannot emit (custom-functions-metadata writes only what JSDoc says): errors in an
 * argument reach the function, so one #N/A in a range is one #N/A in the spill, not one error for the whole call.
 * Not allowCustomDataForDataTypeAny (the generator writes it; the plugin drops it): it belongs to
 * CustomFunctionsRuntime 1.4, which retail perpetual Office and Office 2021/LTSC do not have, and the manifest declares
 * 1.3 so that they run the add-in. Without it every Excel build hands a data-type cell to a function the same way, as
 * its basic value (a formatted number's number; an entity's #VALUE!); lift.ts still reads the object form by its basic
 * value, should a host pass one.
 */
const METADATA_OPTIONS = { allowErrorForDataTypeAny: true };

class FunctionsMetadataOptionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataOptionsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataOptionsPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return;
        // The generator always writes allowCustomDataForDataTypeAny: true; it is dropped (see METADATA_OPTIONS).
        const generated = JSON.parse(asset.source.source().toString());
        delete generated.allowCustomDataForDataTypeAny;
        const metadata = { ...METADATA_OPTIONS, ...generated };
        compilation.updateAsset('functions.json', new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
        // The manifest's zh-CN override of the metadata URL points here.
        const zh = require('./src/functions/i18n/functions.zh-CN.json');
        const localized = localizedMetadata(metadata, zh, 'zh-CN');
        compilation.emitAsset('functions.zh-CN.json', new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
      });
    });
  }
}

/** The host the add-in is built for: Office loads add-ins over https only, so anything else stops the build. */
function addinUrlFrom(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}. Give the https:// address you will host dist/ at.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins over https only): ${value}.`);
  }
  return withSlash(url.href);
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // The offline workbench (HyperFormula, GPL-licensed) is built only on request (`--env workbench`: npm start and
  // npm test), so `npm run build` gives exactly what is hosted for Excel.
  const workbench = Boolean(env.workbench);
  const addinUrl = addinUrlFrom(process.env.ADDIN_URL);
  if (production && !process.env.ADDIN_URL && process.env.npm_lifecycle_event === 'build') {
    console.warn('ADDIN_URL is not set: dist/manifest.xml keeps the dev URL https://localhost:3000/.');
  }
  return {
    mode: production ? 'production' : 'development',
    // What is hosted for Excel carries no source maps (`npm run build`); the workbench, never hosted, keeps them.
    devtool: production ? (workbench ? 'source-map' : false) : 'eval-cheap-module-source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
      // The offline workbench (never part of what Excel loads): the CustomFunctions shim, then the engine and grid.
      ...(workbench ? { 'workbench-shim': './src/workbench/shim.ts', workbench: './src/workbench/workbench.ts' } : {}),
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js'],
      // The workbench's files (src/workbench/files.ts, nothing Excel loads) use exceljs's prebuilt browser bundle
      // without polyfills: no Node built-ins to stub, and nothing for webpack to parse.
      alias: workbench ? { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.bare.min.js') } : {},
    },
    module: {
      noParse: /[\\/]exceljs[\\/]dist[\\/]/,
      // ES modules for webpack (tsconfig's CommonJS is for ts-node in the tests): import() then makes a chunk of its
      // own (the CN picker's descriptions), and webpack can drop what no one imports.
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new FunctionsMetadataOptionsPlugin(),
      // The shared runtime page hosts the functions and the ribbon commands as well as the pane.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
        officeJs: OFFICE_JS_CDN,
        officeOrigin: new URL(OFFICE_JS_CDN).origin,
        scriptLoading: 'defer',
      }),
      ...(workbench ? [
        // The same pane for the workbench's frame, with office.js served locally.
        new HtmlWebpackPlugin({
          filename: 'workbench-taskpane.html',
          template: './src/taskpane/taskpane.html',
          chunks: ['taskpane'],
          scriptLoading: 'defer',
          officeJs: OFFICE_JS_LOCAL,
          framedByWorkbench: true,
        }),
        new HtmlWebpackPlugin({
          filename: 'index.html',
          template: './src/workbench/workbench.html',
          chunks: ['workbench-shim', 'functions', 'workbench'],
          chunksSortMode: 'manual',
          scriptLoading: 'defer',
        }),
      ] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          ...(workbench ? [
            { from: 'src/workbench/workbench.css', to: 'workbench.css' },
            { from: 'src/workbench/framed-pane.js', to: 'framed-pane.js' },
          ] : []),
          { from: 'manifest.xml', to: 'manifest.xml', transform: withVersion },
        ],
      }),
      new HostedTextPlugin(addinUrl),
    ],
    // `npm run dev-server` (used by `npm run start:excel`): https with Office's trusted dev certificates.
    devServer: env.WEBPACK_SERVE ? {
      port: Number(process.env.PORT || pkg.config.dev_server_port),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
    } : undefined,
  };
};

