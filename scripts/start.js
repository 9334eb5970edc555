#!/usr/bin/env node
// `npm start`: build the add-in, then serve the offline workbench — a spreadsheet with the ETS functions and the real
// task pane — on http://localhost:3000 (PORT to change it). No certificates, no network.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { serve } = require('./serve');

const root = path.resolve(__dirname, '..');
console.log('Building the add-in…');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', 'workbench'], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT || 3000);
serve(port).then(({ url }) => {
  console.log(`\nETS Compliance workbench: ${url}\n(Ctrl+C to stop)`);
}, (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=3001 npm start` : error.message);
  process.exit(1);
});
