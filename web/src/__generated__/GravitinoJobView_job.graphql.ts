/**
 * @generated SignedSource<<90fcd35054dac059744c14db2375aed9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type GravitinoJobType = "SHELL" | "SPARK" | "UNKNOWN" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type GravitinoJobView_job$data = {
  readonly instance: string;
  readonly jobId: string;
  readonly jobTemplate: {
    readonly arguments: ReadonlyArray<string>;
    readonly comment: string | null | undefined;
    readonly executable: string;
    readonly jobType: GravitinoJobType;
    readonly name: string;
  } | null | undefined;
  readonly jobTemplateName: string;
  readonly metalake: string;
  readonly " $fragmentSpreads": FragmentRefs<"JobFacts_job">;
  readonly " $fragmentType": "GravitinoJobView_job";
};
export type GravitinoJobView_job$key = {
  readonly " $data"?: GravitinoJobView_job$data;
  readonly " $fragmentSpreads": FragmentRefs<"GravitinoJobView_job">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "GravitinoJobView_job",
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
      "name": "jobTemplateName",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "metalake",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "instance",
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "JobFacts_job"
    },
    {
      "alias": "jobTemplate",
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "template",
      "plural": false,
      "selections": [
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
          "name": "jobType",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "comment",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "executable",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "arguments",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "GravitinoJob",
  "abstractKey": null
};

(node as any).hash = "2d31060dd0da492207aff7f3b86f700c";

export default node;
