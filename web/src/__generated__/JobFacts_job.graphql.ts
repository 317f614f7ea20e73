/**
 * @generated SignedSource<<2623768b75058f5d8e4523a0a32c6b9b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type JobStatus = "CANCELLED" | "CANCELLING" | "FAILED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "UNKNOWN" | "%future added value";
export type Provider = "EMR_SERVERLESS_SPARK" | "GRAVITINO" | "PAI_DLC" | "SAE" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type JobFacts_job$data = {
  readonly createdAt: string | null | undefined;
  readonly creator: string | null | undefined;
  readonly durationMs: number | null | undefined;
  readonly finishedAt: string | null | undefined;
  readonly provider: Provider;
  readonly providerStatus: string;
  readonly startedAt: string | null | undefined;
  readonly status: JobStatus;
  readonly " $fragmentType": "JobFacts_job";
};
export type JobFacts_job$key = {
  readonly " $data"?: JobFacts_job$data;
  readonly " $fragmentSpreads": FragmentRefs<"JobFacts_job">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "JobFacts_job",
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "providerStatus",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "creator",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "createdAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "startedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "finishedAt",
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

(node as any).hash = "a36cfc0b7ebed1e35abf40fc521a87ef";

export default node;
