/**
 * @generated SignedSource<<3722b48ed8be018cd524cd0580f887e7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type SaeExecutionView_execution$data = {
  readonly active: number | null | undefined;
  readonly failed: number | null | undefined;
  readonly jobId: string;
  readonly message: string | null | undefined;
  readonly saeTemplate: {
    readonly appId: string;
    readonly appName: string | null | undefined;
    readonly id: string;
  };
  readonly succeeded: number | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"JobFacts_job">;
  readonly " $fragmentType": "SaeExecutionView_execution";
};
export type SaeExecutionView_execution$key = {
  readonly " $data"?: SaeExecutionView_execution$data;
  readonly " $fragmentSpreads": FragmentRefs<"SaeExecutionView_execution">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "SaeExecutionView_execution",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "jobId",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "message",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "succeeded",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "failed",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "active",
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "JobFacts_job"
    },
    {
      "alias": "saeTemplate",
      "args": null,
      "concreteType": "SaeJobTemplate",
      "kind": "LinkedField",
      "name": "template",
      "plural": false,
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
          "name": "appId",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "appName",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SaeJobExecution",
  "abstractKey": null
};

(node as any).hash = "39d7f8ac50d44d385b9235629348dc29";

export default node;
