/**
 * @generated SignedSource<<566cc555bb28023c559d80db937daf17>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type JobStatus = "CANCELLED" | "CANCELLING" | "FAILED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "UNKNOWN" | "%future added value";
export type Provider = "EMR_SERVERLESS_SPARK" | "GRAVITINO" | "PAI_DLC" | "SAE" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type JobRow_job$data = {
  readonly createdAt: string | null | undefined;
  readonly durationMs: number | null | undefined;
  readonly id: string;
  readonly jobId?: string;
  readonly jobRunId?: string;
  readonly metalake?: string;
  readonly name: string | null | undefined;
  readonly provider: Provider;
  readonly providerStatus: string;
  readonly saeTemplate?: {
    readonly appId: string;
    readonly appName: string | null | undefined;
    readonly id: string;
  };
  readonly status: JobStatus;
  readonly workspace?: {
    readonly id: string;
    readonly workspaceId: string;
    readonly workspaceName: string | null | undefined;
  };
  readonly " $fragmentType": "JobRow_job";
};
export type JobRow_job$key = {
  readonly " $data"?: JobRow_job$data;
  readonly " $fragmentSpreads": FragmentRefs<"JobRow_job">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "jobId",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "JobRow_job",
  "selections": [
    (v0/*:: as any*/),
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
      "name": "providerStatus",
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
      "name": "durationMs",
      "storageKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "jobRunId",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Workspace",
          "kind": "LinkedField",
          "name": "workspace",
          "plural": false,
          "selections": [
            (v0/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "workspaceName",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "workspaceId",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "type": "JobRun",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": [
        (v1/*:: as any*/)
      ],
      "type": "PaiJob",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": [
        (v1/*:: as any*/),
        {
          "alias": "saeTemplate",
          "args": null,
          "concreteType": "SaeJobTemplate",
          "kind": "LinkedField",
          "name": "template",
          "plural": false,
          "selections": [
            (v0/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "appName",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "appId",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "type": "SaeJobExecution",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": [
        (v1/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "metalake",
          "storageKey": null
        }
      ],
      "type": "GravitinoJob",
      "abstractKey": null
    }
  ],
  "type": "Job",
  "abstractKey": "__isJob"
};
})();

(node as any).hash = "e9c594c449075e2e686f241ca9b0589e";

export default node;
