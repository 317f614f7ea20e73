/**
 * @generated SignedSource<<84319b574d88178feed668bcb227b25a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type JobStatus = "CANCELLED" | "CANCELLING" | "FAILED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "UNKNOWN" | "%future added value";
export type Provider = "EMR_SERVERLESS_SPARK" | "GRAVITINO" | "PAI_DLC" | "SAE" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type DurationChart_jobs$data = ReadonlyArray<{
  readonly durationMs: number | null | undefined;
  readonly id: string;
  readonly name: string | null | undefined;
  readonly provider: Provider;
  readonly status: JobStatus;
  readonly " $fragmentType": "DurationChart_jobs";
}>;
export type DurationChart_jobs$key = ReadonlyArray<{
  readonly " $data"?: DurationChart_jobs$data;
  readonly " $fragmentSpreads": FragmentRefs<"DurationChart_jobs">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "DurationChart_jobs",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "name",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "provider",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "status",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "durationMs",
      "storageKey": null
    }
  ],
  "type": "Job",
  "abstractKey": "__isJob"
};

(node as any).hash = "52daca9d340c6c156c8dc313b83a2edc";

export default node;
