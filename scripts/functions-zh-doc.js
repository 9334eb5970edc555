#!/usr/bin/env node
// Writes docs/functions.zh-CN.md — the Chinese function reference the zh-CN metadata's help links open — from the
// built metadata (names, argument order) and the translation table (src/functions/i18n/functions.zh-CN.json), so the
// reference lists every function and argument the add-in has. Run after a build; `--check` only compares.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'functions.zh-CN.md');

// The MEE's terms as every catalogue writes them (test/core/glossary.test.ts holds the catalogues to it).
const GLOSSARY = require('../src/core/messages/glossary.json').terms.map((t) => [t.zh, t.en, t.note]);

function signature(f) {
  const params = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=ETS.${f.name}(${params.join(', ')})`;
}

function reference(metadata, zh) {
  const lines = [
    '# ETS 函数参考（中文）',
    '',
    '本页列出加载项的全部 `ETS.*` 自定义函数及其参数说明，是中文版 Excel 中“插入函数”对话框帮助链接所指向的页面。',
    '函数名和参数名在所有语言中都保持英文（如同 Excel 中的 SUM），这样在不同显示语言下编写的公式都能正常计算。',
    '完整的英文说明、规则与示例见 [functions.md](functions.md)；设置与运行见 [README.zh-CN.md](../README.zh-CN.md)。',
    '',
    '## 消息语言',
    '',
    '错误消息、`COVERAGE` 的理由、`COMPARE`、`SCHEMES` 和 `POSITION` 的表头以及 `SOURCE` 的出处说明随 Excel 的显示语言而定：',
    '中文（zh-CN、zh-SG、zh-TW、zh-HK、zh-MO）显示中文，函数说明和功能区也同样使用中文；其他语言显示英文。任务窗格的“设置 → 语言”可为本工作簿另行指定。',
    '单元格在下次计算时改用新语言（编辑该单元格，或按 Ctrl+Alt+F9 全部重算；离线工作台在“设置”更改语言时立即重算）。只有文字会变：数字、TRUE/FALSE 和各表格的形状在两种语言下完全相同。',
    '例如 `=ETS.COVERED("香蕉", 1)` 返回 #VALUE!，消息为：sector：“香蕉”不是已知的行业。可接受：……',
    '',
    '## 术语表',
    '',
    '| 中文 | English | 说明 |',
    '|---|---|---|',
    ...GLOSSARY.map(([cn, en, note]) => `| ${cn} | ${en} | ${note} |`),
    '',
    '## 函数',
    '',
  ];
  // A deprecated alias (its English description starts "Deprecated: use ETS.X") is listed apart, under the anchor the
  // metadata's help link opens, as functions.md does.
  const replacement = (f) => (/^Deprecated: use ETS\.([A-Z0-9.]+) /.exec(f.description) || [])[1];
  for (const f of metadata.functions.filter((g) => !replacement(g))) {
    const t = zh[f.id];
    lines.push(`### \`ETS.${f.name}\``, '', `\`${signature(f)}\` → ${t.description}`, '');
    if ((f.parameters || []).length > 0) {
      lines.push('| 参数 | 说明 |', '|---|---|');
      for (const p of f.parameters) lines.push(`| \`${p.name}\`${p.optional ? '（可选）' : ''} | ${t.parameters[p.name].replace(/\|/g, '\\|')} |`);
      lines.push('');
    }
    lines.push(`英文说明与示例：[functions.md](functions.md#ets${f.id.toLowerCase().replace(/\./g, '')})`, '');
  }
  const deprecated = metadata.functions.filter(replacement);
  if (deprecated.length > 0) {
    lines.push('## 已弃用的名称 <a id="deprecated-names"></a>', '',
      '以下函数已改名，因为旧名称与 Excel 内置函数同名（Microsoft 建议自定义函数不要使用任何语言中内置函数的名称）。',
      '旧名称仍然可用：参数、结果和错误完全相同，用旧名称编写的工作簿照常计算；新公式请使用新名称。', '',
      '| 旧名称 | 请改用 |', '|---|---|',
      ...deprecated.map((f) => `| \`ETS.${f.name}\` | [\`ETS.${replacement(f)}\`](#ets${replacement(f).toLowerCase().replace(/\./g, '')}) |`), '');
  }
  return `${lines.join('\n')}`;
}

function build() {
  const metadata = JSON.parse(readFileSync(join(ROOT, 'dist', 'functions.json'), 'utf8'));
  const zh = JSON.parse(readFileSync(join(ROOT, 'src', 'functions', 'i18n', 'functions.zh-CN.json'), 'utf8'));
  return reference(metadata, zh);
}

if (require.main === module) {
  const text = build();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    if (!same) console.error('docs/functions.zh-CN.md is out of date: run node scripts/functions-zh-doc.js');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}

module.exports = { build };
