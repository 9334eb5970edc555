#!/usr/bin/env node
// parse-annex1.mjs — extract Annex I (CBAM default values per country) from the EUR-Lex HTML
// of Commission Implementing Regulation (EU) 2026/1740 (CELEX 32026R1740) into CSV.
//
// Usage:  node parse-annex1.mjs <path-to-OJ-html> [--debug] > out.csv
// Output: country,cn_code,direct,indirect,total,route
// Node >= 18, no dependencies. Summary and warnings go to stderr. Exit code 2 on fatal error.
//
// Structure handled (as observed in the OJ HTML, EUR-Lex CONVEX converter 9.18):
//   <div class="eli-container" id="anx_I"> ... intro, legend tables (A)..(L) (not class oj-table) ...
//   <table class="oj-table"> one per country:
//     row 1: one cell colspan="6" <p class="oj-tbl-hdr"><span class="oj-bold">COUNTRY</span></p>
//     row 2: column headers (Product CN Code / TARIC Code | Description | direct | indirect | total | route)
//     sector rows: first cell <span class="oj-bold">Cement</span>, other cells &nbsp;
//     data rows: <p class="oj-tbl-cod">2523&nbsp;21&nbsp;00 </p> ... <p class="oj-tbl-num">1,250 </p> ...
//   </table> <p><br></p> <table ...next country...>
//   ... </div> <hr class="oj-doc-sep"> <div ... id="anx_II"> (new Annex IV: NOT parsed)
// Note: the country heading row uses the SAME paragraph class (oj-tbl-hdr) as the column-header row,
// and sector rows use the same bold span as the heading, so the heading is identified structurally
// (row(s) before the column-header row whose only non-empty cell is the heading), not by class.
// Fallbacks: heading printed as a paragraph just before the table; a table without any heading
// is treated as a continuation of the previous country's table (warned).

import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const DEBUG = args.includes('--debug');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: node parse-annex1.mjs <path-to-OJ-html> [--debug] > out.csv\n');
  process.exit(2);
}

const warn = [];
const W = (msg) => warn.push(msg);
const dbg = (msg) => { if (DEBUG) process.stderr.write(`[debug] ${msg}\n`); };

// ---------------------------------------------------------------- entities / text
const NAMED = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hyphen: '\u2010', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d',
  deg: '\u00b0', middot: '\u00b7', times: '\u00d7', le: '\u2264', ge: '\u2265', euro: '\u20ac', copy: '\u00a9',
  Aacute: 'Á', aacute: 'á', Agrave: 'À', agrave: 'à', Acirc: 'Â', acirc: 'â', Atilde: 'Ã', atilde: 'ã',
  Auml: 'Ä', auml: 'ä', Aring: 'Å', aring: 'å', AElig: 'Æ', aelig: 'æ', Ccedil: 'Ç', ccedil: 'ç',
  Eacute: 'É', eacute: 'é', Egrave: 'È', egrave: 'è', Ecirc: 'Ê', ecirc: 'ê', Euml: 'Ë', euml: 'ë',
  Iacute: 'Í', iacute: 'í', Igrave: 'Ì', igrave: 'ì', Icirc: 'Î', icirc: 'î', Iuml: 'Ï', iuml: 'ï',
  Ntilde: 'Ñ', ntilde: 'ñ', Oacute: 'Ó', oacute: 'ó', Ograve: 'Ò', ograve: 'ò', Ocirc: 'Ô', ocirc: 'ô',
  Otilde: 'Õ', otilde: 'õ', Ouml: 'Ö', ouml: 'ö', Oslash: 'Ø', oslash: 'ø', Uacute: 'Ú', uacute: 'ú',
  Ugrave: 'Ù', ugrave: 'ù', Ucirc: 'Û', ucirc: 'û', Uuml: 'Ü', uuml: 'ü', Yacute: 'Ý', yacute: 'ý',
  yuml: 'ÿ', szlig: 'ß', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', ccaron: 'č', Ccaron: 'Č',
};
const unknownEntities = new Set();
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    if (Object.prototype.hasOwnProperty.call(NAMED, e)) return NAMED[e];
    unknownEntities.add(m);
    return m;
  });
}
// Remove footnote references (<a ...>(<span class="oj-super oj-note-tag">1</span>)</a>) from cell HTML.
function dropNoteRefs(html) {
  return html
    .replace(/<a\b[^>]*>\s*\(?\s*<span[^>]*class="[^"]*oj-(?:super|note-tag)[^"]*"[^>]*>[\s\S]*?<\/span>\s*\)?\s*<\/a>/gi, ' ')
    .replace(/<span[^>]*class="[^"]*oj-note-tag[^"]*"[^>]*>[\s\S]*?<\/span>/gi, ' ');
}
// HTML fragment -> plain text: tags removed, entities decoded, all Unicode spaces collapsed, trimmed.
function htmlText(html) {
  let s = dropNoteRefs(html);
  s = s.replace(/<br\s*\/?>/gi, ' ').replace(/<\/(p|div|li)>/gi, ' ').replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  s = s.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '');           // soft hyphen / zero-width
  s = s.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');  // incl. nbsp, thin space
  return s.trim();
}

// ---------------------------------------------------------------- locate Annex I
function annexBounds(html) {
  const idRe = /<[a-z]+\b[^>]*\bid\s*=\s*["']anx_([^"']+)["'][^>]*>/gi;
  const ids = [];
  for (let m; (m = idRe.exec(html)); ) ids.push({ id: m[1], at: m.index });
  const a1 = ids.find((x) => x.id === 'I');
  if (a1) {
    const next = ids.find((x) => x.at > a1.at && x.id !== 'I');
    return { start: a1.at, end: next ? next.at : html.length, how: `id="anx_I" .. ${next ? `id="anx_${next.id}"` : 'end of file'}` };
  }
  // Fallback: <p class="oj-doc-ti">ANNEX I</p> (not the quoted 'oj-quotation-ti' title) .. next ANNEX title
  const tiRe = /<p\b[^>]*class="([^"]*\boj-doc-ti\b[^"]*)"[^>]*>([\s\S]*?)<\/p>/gi;
  const titles = [];
  for (let m; (m = tiRe.exec(html)); ) {
    if (/oj-quotation-ti/.test(m[1])) continue;
    const t = htmlText(m[2]).toUpperCase();
    if (/^ANNEX\b/.test(t)) titles.push({ t, at: m.index });
  }
  const i = titles.findIndex((x) => x.t === 'ANNEX I' || x.t === 'ANNEX 1');
  if (i >= 0) {
    W('no element with id="anx_I"; Annex I located by its "ANNEX I" title paragraph');
    const nx = titles[i + 1];
    return { start: titles[i].at, end: nx ? nx.at : html.length, how: 'title "ANNEX I" .. next ANNEX title' };
  }
  W('Annex I could not be located (no id="anx_I", no "ANNEX I" title): the WHOLE document is scanned');
  return { start: 0, end: html.length, how: 'whole document (fallback)' };
}

// ---------------------------------------------------------------- tables / rows / cells
function topLevelTables(html, from, to) {
  const re = /<(\/?)table\b[^>]*>/gi;
  re.lastIndex = from;
  const out = [];
  let depth = 0, start = -1, nested = false;
  for (let m; (m = re.exec(html)) && m.index < to; ) {
    if (!m[1]) {
      if (depth === 0) { start = m.index; nested = false; } else nested = true;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: m.index + m[0].length, nested });
    }
  }
  if (depth > 0) W(`unterminated <table> starting at offset ${start}`);
  return out;
}
function rowsOf(tableHtml) {
  const rows = [];
  const trRe = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
  for (let m; (m = trRe.exec(tableHtml)); ) {
    const cells = [];
    const tdRe = /<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
    for (let c; (c = tdRe.exec(m[1])); ) {
      const cs = /colspan\s*=\s*["']?(\d+)/i.exec(c[2]);
      cells.push({ text: htmlText(c[3]), html: c[3], colspan: cs ? parseInt(cs[1], 10) : 1 });
    }
    rows.push(cells);
  }
  return rows;
}
// expand colspans so that index = visual column
function expand(cells) {
  const out = [];
  for (const c of cells) { out.push(c); for (let k = 1; k < c.colspan; k++) out.push({ text: '', html: '', colspan: 0, spanned: true }); }
  return out;
}

const SECTORS = new Set(['cement', 'fertilisers', 'fertilizers', 'aluminium', 'aluminum', 'hydrogen', 'iron and steel', 'iron & steel', 'electricity']);
const isSector = (t) => SECTORS.has(t.toLowerCase());
const isHeaderRow = (cells) => cells.some((c) => /CN\s*Code|TARIC\s*Code/i.test(c.text)) && cells.some((c) => /total/i.test(c.text));

function columnMap(headerCells) {
  const x = expand(headerCells);
  const find = (pred) => x.findIndex((c) => pred(c.text));
  const map = {
    code: find((t) => /CN\s*Code|TARIC/i.test(t)),
    desc: find((t) => /^Description/i.test(t)),
    direct: find((t) => /direct/i.test(t) && !/indirect/i.test(t)),
    indirect: find((t) => /indirect/i.test(t)),
    total: find((t) => /total/i.test(t)),
    route: find((t) => /route|production/i.test(t)),
    ncols: x.length,
  };
  return map;
}
const DEFAULT_MAP = { code: 0, desc: 1, direct: 2, indirect: 3, total: 4, route: 5, ncols: 6 };

// ---------------------------------------------------------------- value parsing
const DASH_RE = /^[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+$/;
function classify(text) {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (DASH_RE.test(t)) return { kind: 'dash' };
  if (/^see\s+below$/i.test(t)) return { kind: 'seebelow' };
  if (/^n\s*\/\s*a$|^n\.a\.?$/i.test(t)) return { kind: 'na' };
  // OJ: decimal comma, optional space/thin-space thousands separators; tolerate a decimal point (warned)
  const compact = t.replace(/[\s\u00a0\u2009\u202f]/g, '');
  let m = /^([-\u2212]?)(\d+)(?:,(\d+))?$/.exec(compact);
  if (m) {
    const s = `${m[1] ? '-' : ''}${m[2]}${m[3] !== undefined ? '.' + m[3] : ''}`;
    return { kind: 'num', str: s, val: Number(s) };
  }
  m = /^([-\u2212]?)(\d+)\.(\d+)$/.exec(compact);
  if (m) {
    const s = `${m[1] ? '-' : ''}${m[2]}.${m[3]}`;
    return { kind: 'num', str: s, val: Number(s), dotDecimal: true };
  }
  return { kind: 'other', raw: t };
}
function parseRoute(text) {
  const t = text.trim();
  if (t === '' || DASH_RE.test(t)) return { route: '', ok: true };
  const letters = [...t.matchAll(/\(\s*([A-Z])\s*\)/g)].map((m) => m[1]);
  if (letters.length) {
    const rest = t.replace(/\(\s*[A-Z]\s*\)/g, '').replace(/[\s/,;]|and|or/g, '');
    return { route: letters.join('/'), ok: rest === '' };
  }
  const bare = /^[A-Z](?:\s*[/,]\s*[A-Z])*$/.exec(t);
  if (bare) return { route: t.replace(/\s*[/,]\s*/g, '/'), ok: false };
  return { route: t, ok: false };
}
function normCode(text) {
  const digits = text.replace(/[\s\u00a0\u2009\u202f.]/g, '');
  return /^\d{4}(?:\d{2}){0,3}$/.test(digits) ? digits : null;
}

// ---------------------------------------------------------------- main
const html = readFileSync(file, 'utf8');
const bounds = annexBounds(html);
dbg(`Annex I bounds ${bounds.start}..${bounds.end} (${bounds.how})`);
const tables = topLevelTables(html, bounds.start, bounds.end);

const out = [];
const stats = new Map(); // country -> {rows, dash, seebelow, other, tables}
const st = (c) => { if (!stats.has(c)) stats.set(c, { rows: 0, dash: 0, seebelow: 0, other: 0, tables: 0 }); return stats.get(c); };
const seen = new Map();
let current = null;     // country of the previous data table (for continuations)
let prevEnd = bounds.start;
let dataTables = 0, skippedTables = 0;

function headingFromGap(gapHtml) {
  // last non-empty paragraph / heading element between previous table and this one
  const paras = [...gapHtml.matchAll(/<(p|h[1-6]|div)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => htmlText(m[2])).filter(Boolean);
  const last = paras[paras.length - 1];
  if (last && last.length <= 80 && !/[.:;]$/.test(last) && !/^ANNEX\b/i.test(last) && !/^\(?[A-Z]\)$/.test(last)) return last;
  return null;
}

for (const tb of tables) {
  const tHtml = html.slice(tb.start, tb.end);
  const gap = html.slice(prevEnd, tb.start);
  prevEnd = tb.end;
  const rows = rowsOf(tHtml);
  const hIdx = rows.findIndex(isHeaderRow);
  const looksLikeData = rows.some((r) => r.length >= 5 && normCode(r[0]?.text || '') !== null);
  if (hIdx < 0 && !looksLikeData) { skippedTables++; dbg(`skip non-data table at ${tb.start} (${rows.length} rows)`); continue; }
  if (tb.nested) W(`table at offset ${tb.start} contains a nested table; parsed anyway`);
  dataTables++;

  let cmap = hIdx >= 0 ? columnMap(rows[hIdx]) : { ...DEFAULT_MAP };
  for (const k of ['code', 'direct', 'indirect', 'total']) {
    if (cmap[k] < 0) { W(`table at ${tb.start}: column "${k}" not found in header row; assuming default position`); cmap[k] = DEFAULT_MAP[k]; }
  }
  if (cmap.route < 0) cmap.route = DEFAULT_MAP.route;

  // --- country heading
  let country = null, how = '';
  const pre = hIdx >= 0 ? rows.slice(0, hIdx) : [];
  for (const r of pre) {
    const ne = r.filter((c) => c.text !== '');
    if (ne.length === 1 && !isSector(ne[0].text)) { country = ne[0].text; how = 'heading row'; }
    else if (ne.length > 1) W(`table at ${tb.start}: unexpected multi-cell row before column headers: ${ne.map((c) => c.text).join(' | ')}`);
  }
  if (!country) {
    const g = headingFromGap(gap);
    if (g) { country = g; how = 'paragraph before table'; W(`table at ${tb.start}: country "${g}" taken from a paragraph before the table (no heading row)`); }
  }
  if (!country && current) { country = current; how = 'continuation'; W(`table at ${tb.start}: no heading found; treated as continuation of "${current}"`); }
  if (!country) { country = 'UNKNOWN'; how = 'none'; W(`table at ${tb.start}: no country heading found; rows labelled UNKNOWN`); }
  dbg(`table @${tb.start}: "${country}" via ${how}; header row ${hIdx}; ${rows.length} rows; cols ${JSON.stringify(cmap)}`);
  st(country).tables++;
  current = country;

  // --- body rows
  for (let i = hIdx + 1; i < rows.length; i++) {
    const raw = rows[i];
    const ne = raw.filter((c) => c.text !== '');
    if (ne.length === 0) continue;
    const cells = expand(raw);
    if (isHeaderRow(raw)) { cmap = columnMap(raw); continue; } // repeated header row
    const codeText = cells[cmap.code]?.text ?? '';
    const code = normCode(codeText);
    if (!code) {
      if (ne.length === 1 && isSector(ne[0].text)) continue;                        // sector row
      if (ne.length === 1 && (raw.length === 1 || raw[0].colspan >= 2)) {            // heading row inside table
        country = ne[0].text; current = country; st(country).tables++;
        W(`table at ${tb.start}: country heading "${country}" found inside a table (row ${i + 1})`);
        continue;
      }
      if (ne.length === 1) { W(`${country}: unrecognised label row "${ne[0].text}" skipped`); continue; }
      W(`${country}: row with unparseable CN code "${codeText}" skipped: ${ne.map((c) => c.text).join(' | ')}`);
      st(country).other++;
      continue;
    }
    const d = classify(cells[cmap.direct]?.text ?? '');
    const n = classify(cells[cmap.indirect]?.text ?? '');
    const t = classify(cells[cmap.total]?.text ?? '');
    const trio = [d, n, t];
    if (trio.some((x) => x.kind === 'seebelow')) { st(country).seebelow++; continue; }
    if (d.kind !== 'num' && t.kind !== 'num' && trio.some((x) => x.kind === 'dash')) { st(country).dash++; continue; }
    if (d.kind !== 'num' || t.kind !== 'num' || !(n.kind === 'num' || n.kind === 'na')) {
      W(`${country} ${code}: unexpected cells direct="${cells[cmap.direct]?.text}" indirect="${cells[cmap.indirect]?.text}" total="${cells[cmap.total]?.text}" — row skipped`);
      st(country).other++;
      continue;
    }
    for (const x of trio) if (x.dotDecimal) W(`${country} ${code}: value printed with a decimal point instead of comma`);
    const r = parseRoute(cells[cmap.route]?.text ?? '');
    if (!r.ok) W(`${country} ${code}: route cell "${cells[cmap.route]?.text}" interpreted as "${r.route}"`);
    const key = `${country}\u0000${code}`;
    if (seen.has(key)) W(`${country} ${code}: duplicate CN code in table (kept both)`);
    seen.set(key, true);
    out.push([country, code, d.str, n.kind === 'num' ? n.str : '', t.str, r.route]);
    st(country).rows++;
  }
}

// ---------------------------------------------------------------- output
const q = (v) => (/[",\n\r]/.test(v) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const lines = ['country,cn_code,direct,indirect,total,route', ...out.map((r) => r.map(q).join(','))];
process.stdout.write(lines.join('\n') + '\n');

const E = (s) => process.stderr.write(s + '\n');
E(`parse-annex1: ${file}`);
E(`Annex I located by ${bounds.how} (chars ${bounds.start}..${bounds.end} of ${html.length})`);
E(`tables in Annex I: ${dataTables} default-value tables, ${skippedTables} other tables (legend etc.) ignored`);
E(`countries/territories: ${stats.size}; data rows: ${out.length}`);
E('country\trows\tskipped_dash\tskipped_see_below\tskipped_other\thtml_tables');
for (const [c, s] of stats) E(`${c}\t${s.rows}\t${s.dash}\t${s.seebelow}\t${s.other}\t${s.tables}`);
if (unknownEntities.size) W(`unknown HTML entities left undecoded: ${[...unknownEntities].join(' ')}`);
if (warn.length) { E(`warnings (${warn.length}):`); for (const w of warn) E('  ' + w); } else E('warnings: none');
