/**
 * @generated SignedSource<<a454ed1b30e6e6b87be3b1f30488552b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type PodTimeline_pods$data = ReadonlyArray<{
  readonly gmtCreateTime: string | null | undefined;
  readonly gmtFinishTime: string | null | undefined;
  readonly gmtStartTime: string | null | undefined;
  readonly history: ReadonlyArray<{
    readonly gmtCreateTime: string | null | undefined;
    readonly gmtFinishTime: string | null | undefined;
    readonly gmtStartTime: string | null | undefined;
    readonly id: string;
    readonly podId: string;
    readonly status: string | null | undefined;
  }>;
  readonly id: string;
  readonly jobId: string;
  readonly nodeName: string | null | undefined;
  readonly podId: string;
  readonly status: string | null | undefined;
  readonly type: string | null | undefined;
  readonly " $fragmentType": "PodTimeline_pods";
}>;
export type PodTimeline_pods$key = ReadonlyArray<{
  readonly " $data"?: PodTimeline_pods$data;
  readonly " $fragmentSpreads": FragmentRefs<"PodTimeline_pods">;
}>;

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
  "name": "podId",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtCreateTime",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtStartTime",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtFinishTime",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "PodTimeline_pods",
  "selections": [
    (v0/*:: as any*/),
    (v1/*:: as any*/),
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
      "name": "type",
      "storageKey": null
    },
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "nodeName",
      "storageKey": null
    },
    (v3/*:: as any*/),
    (v4/*:: as any*/),
    (v5/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Pod",
      "kind": "LinkedField",
      "name": "history",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        (v2/*:: as any*/),
        (v3/*:: as any*/),
        (v4/*:: as any*/),
        (v5/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "Pod",
  "abstractKey": null
};
})();

(node as any).hash = "c5f7ead9982db11f8e5786cec726dcd6";

export default node;
