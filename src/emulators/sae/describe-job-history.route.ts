import type { EmulatorRoute } from '../shared/emulator-types';
import { shuffledPositions } from '../shared/list-order';
import { saeSuccess } from './envelope.gateway';
import { readPaging } from './page.query';
import { readSaeParams } from './param-reader.query';
import { templateOrNotFound, type SaeRouteContext } from './sae.context';
import { SAE_JOB_STATES, type SaeTemplateRow } from './sae.model';
import { toJobExecution } from './sae.materialize';
import type { DescribeJobHistoryResponseBodyData, DescribeJobHistoryResponseBodyDataJobs } from './sae.wire';

/** DescribeJobHistory accepts page sizes 0..10000 (the SDK's documented range). */
export const DESCRIBE_JOB_HISTORY_MAX_PAGE_SIZE = 10000;

function positionsInState(context: SaeRouteContext, row: SaeTemplateRow, state: string): Int32Array {
  const code = SAE_JOB_STATES.indexOf(state as (typeof SAE_JOB_STATES)[number]);
  return context.historyMemo.getOrCreate(`${row.appId}:${state}`, () => {
    const positions: number[] = [];
    row.history.states.forEach((value, position) => {
      if (value === code) positions.push(position);
    });
    return Int32Array.from(positions);
  });
}

/**
 * The history positions to answer, in list order: undefined for the whole history newest first
 * (position order, no array needed), else the selected positions in the emulator's order.
 */
function listedPositions(
  context: SaeRouteContext,
  row: SaeTemplateRow,
  state: string | undefined,
): Int32Array | undefined {
  if (context.historyOrder === 'newest-first')
    return state === undefined ? undefined : positionsInState(context, row, state);
  return context.historyMemo.getOrCreate(`${row.appId}:${state ?? '*'}:shuffled`, () =>
    shuffledPositions(
      state === undefined
        ? Int32Array.from({ length: row.history.count }, (_, p) => p)
        : positionsInState(context, row, state),
      context.seed,
      (position) => `${row.appId}#${position}`,
    ),
  );
}

/**
 * `GET /pop/v1/sam/job/describeJobHistory`: one template's executions, newest first unless the
 * emulator was started with another list order (the documentation states none).
 */
export function describeJobHistoryRoute(context: SaeRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/pop/v1/sam/job/describeJobHistory',
    operation: 'DescribeJobHistory',
    handle(request) {
      const params = readSaeParams(context.gateway, request);
      const appId = params.required('AppId');
      const state = params.oneOf('State', SAE_JOB_STATES);
      const { currentPage, pageSize } = readPaging(params, DESCRIBE_JOB_HISTORY_MAX_PAGE_SIZE);
      const row = templateOrNotFound(context, request, appId);
      const selected = listedPositions(context, row, state);
      const total = selected ? selected.length : row.history.count;
      const start = (currentPage - 1) * pageSize;
      const jobs: DescribeJobHistoryResponseBodyDataJobs[] = [];
      for (let i = start; i < Math.min(total, start + pageSize); i++) {
        jobs.push(toJobExecution(row, selected ? (selected[i] ?? 0) : i));
      }
      const data: DescribeJobHistoryResponseBodyData = {
        Jobs: jobs,
        CurrentPage: currentPage,
        PageSize: pageSize,
        TotalSize: total,
      };
      return saeSuccess(request, data);
    },
  };
}
