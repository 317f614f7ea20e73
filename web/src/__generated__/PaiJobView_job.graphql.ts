/**
 * @generated SignedSource<<db9da67cbbc4bf8d82aa69dfd2e39985>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type PaiJobView_job$data = {
  readonly displayName: string | null | undefined;
  readonly instance: string;
  readonly jobId: string;
  readonly jobType: string | null | undefined;
  readonly pods: ReadonlyArray<{
    readonly " $fragmentSpreads": FragmentRefs<"PodTimeline_pods">;
  }>;
  readonly reasonCode: string | null | undefined;
  readonly reasonMessage: string | null | undefined;
  readonly region: string;
  readonly resourceType: string | null | undefined;
  readonly workspaceName: string | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"JobFacts_job">;
  readonly " $fragmentType": "PaiJobView_job";
};
export type PaiJobView_job$key = {
  readonly " $data"?: PaiJobView_job$data;
  readonly " $fragmentSpreads": FragmentRefs<"PaiJobView_job">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "PaiJobView_job",
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
      "name": "displayName",
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
      "name": "instance",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "region",
      "storageKey": null
    },
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
      "name": "resourceType",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "reasonCode",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "reasonMessage",
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
      "concreteType": "Pod",
      "kind": "LinkedField",
      "name": "pods",
      "plural": true,
      "selections": [
        {
          "args": null,
          "kind": "FragmentSpread",
          "name": "PodTimeline_pods"
        }
      ],
      "storageKey": null
    }
  ],
  "type": "PaiJob",
  "abstractKey": null
};

(node as any).hash = "bfe58298acb5d6e93c100d73319d37cc";

export default node;
