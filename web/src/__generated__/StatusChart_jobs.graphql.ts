/**
 * @generated SignedSource<<616f0f7e118e360b66f50eaa6d4440d5>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type JobStatus = "CANCELLED" | "CANCELLING" | "FAILED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "UNKNOWN" | "%future added value";
export type Provider = "EMR_SERVERLESS_SPARK" | "GRAVITINO" | "PAI_DLC" | "SAE" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type StatusChart_jobs$data = ReadonlyArray<{
  readonly provider: Provider;
  readonly status: JobStatus;
  readonly " $fragmentType": "StatusChart_jobs";
}>;
export type StatusChart_jobs$key = ReadonlyArray<{
  readonly " $data"?: StatusChart_jobs$data;
  readonly " $fragmentSpreads": FragmentRefs<"StatusChart_jobs">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "StatusChart_jobs",
  "selections": [
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
    }
  ],
  "type": "Job",
  "abstractKey": "__isJob"
};

(node as any).hash = "2a0eaf0fccdb464fdca03746f8e26857";

export default node;
