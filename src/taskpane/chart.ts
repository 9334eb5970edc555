/** A small bar chart drawn as SVG with DOM calls (no HTML strings, nothing inline that a CSP would refuse). */
const SVG = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Bars for labelled values, scaled to the largest; an accessible title describes the whole chart. */
export function barChart(labels: readonly string[], values: readonly number[], title: string): SVGSVGElement {
  const width = 300;
  const height = 140;
  const base = height - 16;
  const max = Math.max(...values, 0) || 1;
  const step = width / Math.max(values.length, 1);
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  svg.append(node('title', {}, title));
  values.forEach((v, i) => {
    const h = Math.round((Math.max(v, 0) / max) * (base - 8));
    svg.append(node('rect', { class: 'bar', x: i * step + 3, y: base - h, width: step - 6, height: h }));
    svg.append(node('text', { x: i * step + step / 2, y: height - 3, 'text-anchor': 'middle' }, labels[i] ?? ''));
  });
  return svg;
}
