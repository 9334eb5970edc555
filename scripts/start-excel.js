#!/usr/bin/env node
// `npm run start:excel` / `npm run stop:excel`: sideload into Excel desktop with office-addin-debugging and trusted
// dev certificates. Excel desktop does not exist on Linux, so there we explain instead of failing with a stack trace.
const { spawnSync } = require('node:child_process');

const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform === 'linux') {
  console.error([
    `npm run ${action}:excel sideloads into Excel desktop, which runs on Windows and macOS only.`,
    'On Linux:',
    '  npm start              the offline workbench in your browser',
    '  ADDIN_URL=https://your.host/path/ npm run build, host dist/, then upload dist/manifest.xml',
    '                         in Excel on the web (Home > Add-ins > More add-ins > Upload my add-in)',
  ].join('\n'));
  process.exit(1);
}

// `desktop` is the platform office-addin-debugging sideloads into; the dev server is `npm run dev-server`.
const result = spawnSync('npx', ['office-addin-debugging', action, 'manifest.xml', ...(action === 'start' ? ['desktop'] : [])], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
