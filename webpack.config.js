// Builds the add-in into dist/: functions.js + functions.json (custom functions), taskpane.html (the shared runtime
// page that also hosts the functions and ribbon commands), manifest.xml with its URLs for the target host, assets/.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const pkg = require('./package.json');

const DEV_URL = 'https://localhost:3000/';

/** The manifest for a build: dev URLs replaced by ADDIN_URL (production), version from package.json. */
function manifestFor(content, addinUrl) {
  const root = addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
  const origin = new URL(root).origin;
  return content
    .toString()
    .split(DEV_URL).join(root)
    .split('https://localhost:3000').join(origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${pkg.version}.0</Version>`);
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const addinUrl = process.env.ADDIN_URL || DEV_URL;
  if (production && !process.env.ADDIN_URL) {
    console.warn('ADDIN_URL is not set: dist/manifest.xml keeps the dev URL https://localhost:3000/.');
  }
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['commands', 'taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, addinUrl) },
        ],
      }),
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

module.exports.manifestFor = manifestFor;
