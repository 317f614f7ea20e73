// Subscription quota objects of a workspace. The three resource fields are JSON *strings* on the
// wire (the doc example shows them escaped), so they are built with JSON.stringify.
import type { Prng } from '../shared/prng';
import type { PrePaidQuota, PrePaidQuotaGpu } from './workspace.wire';

const DAY = 86_400_000;
const MONTH = 30 * DAY;

function resource(cu: number): string {
  // 1 CU = 1 vCPU + 4 GiB, as the console documents.
  return JSON.stringify({ cpu: String(cu), memory: `${cu * 4}Gi`, cu: String(cu) });
}

function quotaPaymentStatus(expireTime: number, now: number): PrePaidQuota['paymentStatus'] {
  if (expireTime <= now) return 'EXPIRED';
  return expireTime - now < 7 * DAY ? 'WAIT_FOR_EXPIRE' : 'NORMAL';
}

function orderId(prng: Prng): string {
  return String(prng.int(2000000, 2999999)) + String(prng.int(10000000, 99999999));
}

/** The subscription quota of a workspace bought with `spec` (e.g. "100cu"). */
export function generatePrePaidQuota(
  prng: Prng,
  spec: string,
  createTime: number,
  durationMonths: number,
  autoRenewal: boolean,
  now: number,
): PrePaidQuota {
  const cu = Number.parseInt(spec, 10) || 8;
  const used = Math.floor(cu * prng.next() * 0.9);
  const expireTime = createTime + durationMonths * MONTH;
  return {
    usedResource: resource(used),
    maxResource: resource(cu),
    allocatedResource: resource(cu),
    createTime,
    expireTime,
    autoRenewal,
    paymentStatus: quotaPaymentStatus(expireTime, now),
    instanceId: `i-${prng.hex(12)}`,
    orderId: prng.chance(0.8) ? orderId(prng) : '',
  };
}

/** One GPU quota entry; values follow the SDK model's names, shaped like a GPU instance family. */
export function generatePrePaidQuotaGpu(
  prng: Prng,
  gpuSpec: string,
  createTime: number,
  durationMonths: number,
  now: number,
): PrePaidQuotaGpu {
  const machines = prng.int(1, 4);
  const gpusPerMachine = gpuSpec === 'L20' ? 8 : prng.pick([1, 2, 4]);
  const expireTime = createTime + durationMonths * MONTH;
  return {
    autoRenewal: prng.chance(0.5),
    cpuCoreCount: String(gpusPerMachine * 8),
    createTime,
    expireTime,
    gpuAmount: machines * gpusPerMachine,
    gpuMachineNum: machines,
    gpuMemorySize: gpuSpec === 'L20' ? 48 : 24,
    gpuNum: gpusPerMachine,
    gpuSpec,
    instanceId: `i-${prng.hex(12)}`,
    instanceTypeFamily: gpuSpec === 'L20' ? 'ecs.gn8is' : 'ecs.gn7i',
    instanceTypeId:
      gpuSpec === 'L20'
        ? 'ecs.gn8is-8x.32xlarge'
        : `ecs.gn7i-c${gpusPerMachine * 8}g1.${gpusPerMachine * 2}xlarge`,
    memorySize: `${gpusPerMachine * 30}Gi`,
    orderId: orderId(prng),
    paymentStatus: quotaPaymentStatus(expireTime, now),
  };
}
