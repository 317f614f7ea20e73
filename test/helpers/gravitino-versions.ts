import type { GatewayConfig } from '../../src/config/gateway-config';
import type { GravitinoVersionSetting } from '../../src/config/providers.config';
import type { GravitinoServerVersion } from '../../src/emulators/gravitino/gravitino.wire';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from './test-gateway';

/** The Gravitino releases the Gravitino suites run against, one emulator each. */
export const GRAVITINO_VERSIONS: readonly GravitinoServerVersion[] = ['main', '1.3.0'];

/** A config transform setting every Gravitino instance's `version`. */
export function withGravitinoVersionSetting(
  version: GravitinoVersionSetting,
): (base: GatewayConfig) => GatewayConfig {
  return (base) => ({
    ...base,
    providers: {
      ...base.providers,
      gravitino: base.providers.gravitino.map((instance) => ({ ...instance, version })),
    },
  });
}

/**
 * A test gateway whose Gravitino emulator answers as `version`; the gateway is left at `auto`,
 * as the demo is, unless `options.config` says otherwise.
 */
export function startGravitinoTestGateway(
  version: GravitinoServerVersion,
  options: TestGatewayOptions = {},
): Promise<TestGateway> {
  return startTestGateway({ ...options, emulators: { ...options.emulators, gravitinoVersion: version } });
}

/** A job as the emulator sends it, read over HTTP without any gateway code: the independent answer. */
export interface WireJob {
  readonly jobId: string;
  readonly jobTemplateName: string;
  readonly status: string;
  readonly audit: { readonly createTime: string };
}

/** The whole job list of a metalake straight from the Gravitino emulator (logged like any call). */
export async function wireJobs(gw: TestGateway, metalake: string): Promise<WireJob[]> {
  const res = await fetch(`${gw.emulators.endpoints.gravitino}/api/metalakes/${metalake}/jobs/runs`, {
    headers: { authorization: `Basic ${Buffer.from('test:dummy').toString('base64')}` },
  });
  return ((await res.json()) as { jobs: WireJob[] }).jobs;
}

/** Epoch µs of a Gravitino instant (`...T02:14:28.205023Z`, up to six fraction digits). */
export function wireMicros(iso: string): number {
  const match = /^(.+T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(iso);
  if (!match) throw new Error(`unexpected instant ${iso}`);
  return Date.parse(`${match[1]}Z`) * 1000 + Number((match[2] ?? '').padEnd(6, '0'));
}
