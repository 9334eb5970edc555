// The zh-CN custom-functions metadata: functions.json with every description and parameter description replaced
// from src/functions/i18n/functions.zh-CN.json. Function and parameter names stay English in every language (Excel
// keeps SUM as SUM in Chinese Excel; localised names break formulas written under another display language). A
// function or parameter without a translation, or a translation of one that does not exist, stops the build.
'use strict';

function localizedMetadata(metadata, translations, locale) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) if (!ids.has(id)) problems.push(`${locale}: ${id} is not a function`);
  const functions = metadata.functions.map((f) => {
    const t = translations[f.id];
    if (!t || !t.description) {
      problems.push(`${locale}: no description for ${f.id}`);
      return f;
    }
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {})) if (!names.has(name)) problems.push(`${locale}: ${f.id} has no parameter ${name}`);
    const parameters = (f.parameters || []).map((p) => {
      const text = (t.parameters || {})[p.name];
      if (!text) problems.push(`${locale}: no description for ${f.id}(${p.name})`);
      return { ...p, description: text || p.description };
    });
    // Help opens the reference in the same language: docs/functions.<locale>.html, same anchors.
    const helpUrl = f.helpUrl && f.helpUrl.replace(/\/docs\/functions\.html#/, `/docs/functions.${locale}.html#`);
    return { ...f, description: t.description, ...(helpUrl ? { helpUrl } : {}), ...(f.parameters ? { parameters } : {}) };
  });
  if (problems.length > 0) throw new Error(`custom-functions metadata translations:\n${problems.join('\n')}`);
  return { ...metadata, functions };
}

module.exports = { localizedMetadata };
