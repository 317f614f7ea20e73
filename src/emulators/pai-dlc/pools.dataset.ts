/**
 * Small shared pools (job templates, pipelines, business users) that many jobs point at, so the
 * TemplateId, PipelineId and BusinessUserId filters match groups of jobs, as they do upstream.
 */
import type { Prng } from '../shared/prng';
import { randomAlnum } from './directory.dataset';

/** A job template jobs can be created from. */
export interface PaiTemplate {
  readonly templateId: string;
  readonly templateName: string;
}

/** The pools one dataset draws from. */
export interface PaiPools {
  readonly templates: readonly PaiTemplate[];
  readonly pipelineIds: readonly string[];
  readonly businessUserIds: readonly string[];
}

const TEMPLATE_NAMES = [
  'llama-sft-template',
  'bert-finetune-template',
  'resnet-train-template',
  'xgb-daily-template',
];

/** Generates the pools from their own sub-stream. */
export function generatePaiPools(prng: Prng): PaiPools {
  return {
    templates: TEMPLATE_NAMES.map((templateName) => ({
      templateId: `tml${randomAlnum(prng, 12)}`,
      templateName,
    })),
    pipelineIds: Array.from({ length: 8 }, () => `flow-${randomAlnum(prng, 14)}`),
    businessUserIds: Array.from({ length: 5 }, () => String(prng.int(100_000, 999_999))),
  };
}
