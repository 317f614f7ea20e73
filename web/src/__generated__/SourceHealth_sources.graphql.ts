/**
 * @generated SignedSource<<1ea9eccfdd629473c5e46f2bf0324b2c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type JobSourceRead = "FULL_READ" | "NOT_READ" | "PAGED_NEWEST_FIRST" | "%future added value";
export type JobSourceStatus = "DEGRADED" | "FAILED" | "OK" | "%future added value";
export type Provider = "EMR_SERVERLESS_SPARK" | "GRAVITINO" | "PAI_DLC" | "SAE" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type SourceHealth_sources$data = ReadonlyArray<{
  readonly error: {
    readonly code: string;
    readonly message: string;
  } | null | undefined;
  readonly instance: string;
  readonly provider: Provider;
  readonly read: JobSourceRead;
  readonly sourceCount: number;
  readonly sourcesRead: number;
  readonly status: JobSourceStatus;
  readonly " $fragmentType": "SourceHealth_sources";
}>;
export type SourceHealth_sources$key = ReadonlyArray<{
  readonly " $data"?: SourceHealth_sources$data;
  readonly " $fragmentSpreads": FragmentRefs<"SourceHealth_sources">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "SourceHealth_sources",
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
      "name": "instance",
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
      "name": "read",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "sourceCount",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "sourcesRead",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "JobSourceError",
      "kind": "LinkedField",
      "name": "error",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "code",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "message",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "JobSource",
  "abstractKey": null
};

(node as any).hash = "c79108b3765baa18d48525a5993950a3";

export default node;
