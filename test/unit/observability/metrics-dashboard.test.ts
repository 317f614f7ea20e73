import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayMetrics } from '../../../src/observability/gateway-metrics';

interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly {
    readonly title: string;
    readonly targets: readonly { readonly expr: string }[];
  }[];
}

/** The metric names an expression reads: identifiers followed by `{`, `[` or `)`, minus PromQL's own words. */
function metricNames(expr: string): string[] {
  const withoutLabels = expr.replace(/\{[^}]*\}/g, '{}');
  return [...withoutLabels.matchAll(/\b([a-z_:][a-z0-9_:]*)\s*(?=\{|\[)/g)].map((match) => match[1]!);
}

describe('docs/grafana-dashboard.json', () => {
  const dashboard = JSON.parse(
    readFileSync(join(__dirname, '../../../docs/grafana-dashboard.json'), 'utf8'),
  ) as Dashboard;

  it('is a dashboard with panels, each querying Prometheus', () => {
    expect(dashboard).toMatchObject({ uid: 'jobgraph-gateway', title: expect.any(String) });
    expect(dashboard.panels.length).toBeGreaterThan(5);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });

  it('reads only metrics the gateway exports (every expr, every metric name in it)', async () => {
    const metrics = new GatewayMetrics({ all: () => [] });
    const exported = new Set(
      (await metrics.registry.getMetricsAsJSON()).flatMap((metric) =>
        String(metric.type) === 'histogram' // prom-client types it as an enum; at run time it is the string
          ? [`${metric.name}_bucket`, `${metric.name}_sum`, `${metric.name}_count`]
          : [metric.name],
      ),
    );
    metrics.clear();
    const read = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) => metricNames(target.expr)),
    );
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !exported.has(name))).toEqual([]);
  });
});
