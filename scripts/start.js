#!/usr/bin/env node
// `npm start`: the offline workbench (a spreadsheet engine with the ETS functions and the task pane) is being built
// in its own issue. Until it lands, say so plainly and point at what works today.
console.log([
  'ETS Compliance add-in',
  '',
  'The offline workbench (npm start) is coming: it will serve a spreadsheet with the ETS functions on http://localhost:3000.',
  'What works today:',
  '  npm test             the calculation core and its rulebook, tested against hand-worked values',
  '  npm run build        the add-in bundle in dist/',
  '  npm run start:excel  sideload into Excel desktop (Windows, macOS)',
].join('\n'));
