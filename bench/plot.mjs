// docs/benchmarks.svg, written as SVG text: for each sweep scenario (rows) and each latency,
// throughput and p99 by concurrency (columns), one line per target.
import { cells } from './summary.mjs';

const COLORS = { jobgraph: '#d62728', 'jobgraph-cache': '#ff7f0e', proxy: '#1f77b4', mesh: '#2ca02c' };
const W = 250;
const H = 170;
const PAD = { left: 52, right: 12, top: 26, bottom: 30 };

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panel(x0, y0, title, conns, series, unit) {
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.y ?? 0))) * 1.1;
  const px = (i) =>
    x0 + PAD.left + (conns.length === 1 ? 0.5 : i / (conns.length - 1)) * (W - PAD.left - PAD.right);
  const py = (v) => y0 + H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const out = [
    `<rect x="${x0}" y="${y0}" width="${W}" height="${H}" fill="#fff" stroke="#ddd"/>`,
    `<text x="${x0 + W / 2}" y="${y0 + 16}" text-anchor="middle" font-size="11" font-weight="bold">${esc(title)}</text>`,
    `<line x1="${x0 + PAD.left}" y1="${y0 + H - PAD.bottom}" x2="${x0 + W - PAD.right}" y2="${y0 + H - PAD.bottom}" stroke="#888"/>`,
    `<line x1="${x0 + PAD.left}" y1="${y0 + PAD.top}" x2="${x0 + PAD.left}" y2="${y0 + H - PAD.bottom}" stroke="#888"/>`,
  ];
  for (const tick of [0, 0.5, 1]) {
    const v = (max / 1.1) * tick;
    out.push(
      `<text x="${x0 + PAD.left - 4}" y="${py(v) + 3}" text-anchor="end" font-size="9">${v >= 100 ? v.toFixed(0) : v.toFixed(1)}</text>`,
    );
  }
  out.push(`<text x="${x0 + 10}" y="${y0 + PAD.top - 6}" font-size="9" fill="#555">${esc(unit)}</text>`);
  conns.forEach((c, i) =>
    out.push(
      `<text x="${px(i)}" y="${y0 + H - PAD.bottom + 12}" text-anchor="middle" font-size="9">c=${c}</text>`,
    ),
  );
  for (const s of series) {
    const pts = s.points.map((p, i) => (p.y === null ? null : [px(i), py(p.y)])).filter(Boolean);
    if (pts.length > 1)
      out.push(
        `<polyline fill="none" stroke="${COLORS[s.target]}" stroke-width="2" points="${pts.map((p) => p.join(',')).join(' ')}"/>`,
      );
    for (const [cx, cy] of pts)
      out.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${COLORS[s.target]}"/>`);
  }
  return out.join('\n');
}

/** The SVG text. */
export function plotSvg(results) {
  const sweep = results.settings.sweepScenarios;
  const columns = results.latencies.flatMap((latency) => [
    { latency, metric: 'rps', label: `req/s, ${latency.latencyMs} ms latency`, unit: 'req/s' },
    { latency, metric: 'p99', label: `p99, ${latency.latencyMs} ms latency`, unit: 'ms' },
  ]);
  const rows = sweep.filter((name) => results.latencies.some((l) => l.runs.some((r) => r.scenario === name)));
  const width = 130 + columns.length * (W + 10);
  const height = 40 + rows.length * (H + 10) + 30;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fafafa"/>`,
    `<text x="10" y="22" font-size="14" font-weight="bold">jobgraph benchmarks (npm run bench): throughput and p99 by concurrency, medians of ${results.settings.rounds} round(s)</text>`,
  ];
  rows.forEach((scenario, r) => {
    const y0 = 40 + r * (H + 10);
    out.push(`<text x="10" y="${y0 + H / 2}" font-size="11" font-weight="bold">${esc(scenario)}</text>`);
    columns.forEach((col, i) => {
      const c = cells(col.latency);
      const conns = [
        ...new Set(col.latency.runs.filter((run) => run.scenario === scenario).map((run) => run.connections)),
      ].sort((a, b) => a - b);
      const targets = [
        ...new Set(col.latency.runs.filter((run) => run.scenario === scenario).map((run) => run.target)),
      ];
      const series = targets.map((target) => ({
        target,
        points: conns.map((conn) => ({ y: c.get(`${scenario}|${target}|${conn}`)?.[col.metric] ?? null })),
      }));
      out.push(panel(130 + i * (W + 10), y0, col.label, conns, series, col.unit));
    });
  });
  const legendY = height - 14;
  const ran = new Set(results.latencies.flatMap((l) => l.runs.map((r) => r.target)));
  Object.entries(COLORS)
    .filter(([target]) => ran.has(target))
    .forEach(([target, color], i) => {
      out.push(`<rect x="${130 + i * 140}" y="${legendY - 9}" width="12" height="12" fill="${color}"/>`);
      out.push(`<text x="${148 + i * 140}" y="${legendY + 1}" font-size="11">${esc(target)}</text>`);
    });
  out.push('</svg>', '');
  return out.join('\n');
}
