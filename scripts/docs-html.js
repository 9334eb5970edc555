// Renders docs/*.md to standalone HTML pages for dist/docs/, so each function's @helpurl opens a page hosted with the
// add-in (no third-party site). Headings get GitHub-style ids, so #etsallocation works here and on a code host alike.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { marked } = require('marked');

// Entities (an apostrophe arrives as &#39;) are dropped like other punctuation, as GitHub's anchors do.
const slug = (html) => html.replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');

const STYLE = 'body{font-family:"Segoe UI","Microsoft YaHei",system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem;' +
  'line-height:1.5;color:#242424}code{background:#f3f2f1;padding:0 3px}pre{background:#f3f2f1;padding:8px;overflow:auto}' +
  'table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:4px 8px;text-align:left;vertical-align:top}';

function page(title, body, lang = 'en') {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">` +
    `<title>${title}</title><style>${STYLE}</style></head><body>\n${body}</body></html>\n`;
}

/** { 'docs/functions.html': '<!DOCTYPE html>…' } for every Markdown file in docs/. */
function renderDocs(docsDir) {
  const out = {};
  for (const name of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
    const md = readFileSync(join(docsDir, name), 'utf8');
    const body = marked.parse(md).replace(/<h([1-6])>(.*?)<\/h\1>/g, (_, level, inner) => `<h${level} id="${slug(inner)}">${inner}</h${level}>`)
      .replace(/href="([^"#]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"');
    const title = (md.match(/^# (.+)$/m) || [null, name])[1];
    const lang = (name.match(/\.([a-z]{2}-[A-Z]{2})\.md$/) || [null, 'en'])[1];
    out[`docs/${name.replace(/\.md$/, '.html')}`] = page(title, body, lang);
  }
  return out;
}

module.exports = { renderDocs, slug };
