/**
 * @generated SignedSource<<61f3bcc884f5c90e390697590cdeb279>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type JobRunView_run$data = {
  readonly codeType: string | null | undefined;
  readonly jobRunId: string;
  readonly name: string | null | undefined;
  readonly releaseVersion: string | null | undefined;
  readonly workspace: {
    readonly id: string;
    readonly workspaceId: string;
    readonly workspaceName: string | null | undefined;
  };
  readonly " $fragmentSpreads": FragmentRefs<"JobFacts_job">;
  readonly " $fragmentType": "JobRunView_run";
};
export type JobRunView_run$key = {
  readonly " $data"?: JobRunView_run$data;
  readonly " $fragmentSpreads": FragmentRefs<"JobRunView_run">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "JobRunView_run",
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
      "kind": "ScalarField",
      "name": "name",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "codeType",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "releaseVersion",
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "JobFacts_job"
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Workspace",
      "kind": "LinkedField",
      "name": "workspace",
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
          "name": "workspaceId",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "workspaceName",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "JobRun",
  "abstractKey": null
};

(node as any).hash = "0129f829243e6183800a7b49a7f73be4";

export default node;
