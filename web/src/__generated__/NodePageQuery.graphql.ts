/**
 * @generated SignedSource<<3765ccb4faf1b329a51c70f75977329d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs, Result } from "relay-runtime";
export type NodePageQuery$variables = {
  id: string;
};
export type NodePageQuery$data = {
  readonly node: Result<{
    readonly __typename: string;
    readonly gravitinoJob: {
      readonly " $fragmentSpreads": FragmentRefs<"GravitinoJobView_job">;
    } | null | undefined;
    readonly id: string;
    readonly jobRun: {
      readonly " $fragmentSpreads": FragmentRefs<"JobRunView_run">;
    } | null | undefined;
    readonly paiJob: {
      readonly " $fragmentSpreads": FragmentRefs<"PaiJobView_job">;
    } | null | undefined;
    readonly saeExecution: {
      readonly " $fragmentSpreads": FragmentRefs<"SaeExecutionView_execution">;
    } | null | undefined;
    readonly saeTemplate: {
      readonly " $fragmentSpreads": FragmentRefs<"SaeTemplateView_template">;
    } | null | undefined;
    readonly workspace: {
      readonly " $fragmentSpreads": FragmentRefs<"WorkspaceView_workspace">;
    } | null | undefined;
  } | null | undefined, unknown>;
};
export type NodePageQuery = {
  response: NodePageQuery$data;
  variables: NodePageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "workspaceId",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "workspaceName",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "region",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "instance",
  "storageKey": null
},
v8 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 20
  }
],
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "provider",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "providerStatus",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "createdAt",
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "durationMs",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "jobRunId",
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "jobId",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "appName",
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "appId",
  "storageKey": null
},
v19 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "metalake",
  "storageKey": null
},
v20 = [
  (v3/*:: as any*/),
  (v2/*:: as any*/),
  {
    "kind": "InlineFragment",
    "selections": [
      (v9/*:: as any*/),
      (v10/*:: as any*/),
      (v11/*:: as any*/),
      (v12/*:: as any*/),
      (v13/*:: as any*/),
      (v14/*:: as any*/),
      {
        "kind": "InlineFragment",
        "selections": [
          (v15/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Workspace",
            "kind": "LinkedField",
            "name": "workspace",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              (v5/*:: as any*/),
              (v4/*:: as any*/)
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
          (v16/*:: as any*/)
        ],
        "type": "PaiJob",
        "abstractKey": null
      },
      {
        "kind": "InlineFragment",
        "selections": [
          (v16/*:: as any*/),
          {
            "alias": "saeTemplate",
            "args": null,
            "concreteType": "SaeJobTemplate",
            "kind": "LinkedField",
            "name": "template",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              (v17/*:: as any*/),
              (v18/*:: as any*/)
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
          (v16/*:: as any*/),
          (v19/*:: as any*/)
        ],
        "type": "GravitinoJob",
        "abstractKey": null
      }
    ],
    "type": "Job",
    "abstractKey": "__isJob"
  }
],
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "cursor",
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "concreteType": "PageInfo",
  "kind": "LinkedField",
  "name": "pageInfo",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "endCursor",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "hasNextPage",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v23 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "jobType",
  "storageKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": [
    (v10/*:: as any*/),
    (v11/*:: as any*/),
    (v12/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "creator",
      "storageKey": null
    },
    (v13/*:: as any*/),
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
    (v14/*:: as any*/)
  ],
  "type": "Job",
  "abstractKey": "__isJob"
},
v25 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "podId",
  "storageKey": null
},
v26 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtCreateTime",
  "storageKey": null
},
v27 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtStartTime",
  "storageKey": null
},
v28 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "gmtFinishTime",
  "storageKey": null
},
v29 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "succeeded",
  "storageKey": null
},
v30 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "failed",
  "storageKey": null
},
v31 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "active",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "NodePageQuery",
    "selections": [
      {
        "kind": "CatchField",
        "field": {
          "alias": null,
          "args": (v1/*:: as any*/),
          "concreteType": null,
          "kind": "LinkedField",
          "name": "node",
          "plural": false,
          "selections": [
            (v2/*:: as any*/),
            (v3/*:: as any*/),
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "WorkspaceView_workspace"
                  }
                ],
                "type": "Workspace",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "workspace"
            },
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "PaiJobView_job"
                  }
                ],
                "type": "PaiJob",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "paiJob"
            },
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "SaeTemplateView_template"
                  }
                ],
                "type": "SaeJobTemplate",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "saeTemplate"
            },
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "GravitinoJobView_job"
                  }
                ],
                "type": "GravitinoJob",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "gravitinoJob"
            },
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "JobRunView_run"
                  }
                ],
                "type": "JobRun",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "jobRun"
            },
            {
              "fragment": {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "args": null,
                    "kind": "FragmentSpread",
                    "name": "SaeExecutionView_execution"
                  }
                ],
                "type": "SaeJobExecution",
                "abstractKey": null
              },
              "kind": "AliasedInlineFragmentSpread",
              "name": "saeExecution"
            }
          ],
          "storageKey": null
        },
        "to": "RESULT"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NodePageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "workspaceStatus",
                "storageKey": null
              },
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "createTime",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "paymentType",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "resourceSpec",
                "storageKey": null
              },
              {
                "alias": null,
                "args": (v8/*:: as any*/),
                "concreteType": "JobRunConnection",
                "kind": "LinkedField",
                "name": "jobRuns",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "JobRunEdge",
                    "kind": "LinkedField",
                    "name": "edges",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "JobRun",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": (v20/*:: as any*/),
                        "storageKey": null
                      },
                      (v21/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v22/*:: as any*/)
                ],
                "storageKey": "jobRuns(first:20)"
              },
              {
                "alias": null,
                "args": (v8/*:: as any*/),
                "filters": null,
                "handle": "connection",
                "key": "WorkspaceView_jobRuns",
                "kind": "LinkedHandle",
                "name": "jobRuns"
              }
            ],
            "type": "Workspace",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v16/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "displayName",
                "storageKey": null
              },
              (v23/*:: as any*/),
              (v7/*:: as any*/),
              (v6/*:: as any*/),
              (v5/*:: as any*/),
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
              (v24/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Pod",
                "kind": "LinkedField",
                "name": "pods",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  (v25/*:: as any*/),
                  (v16/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "type",
                    "storageKey": null
                  },
                  (v11/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "nodeName",
                    "storageKey": null
                  },
                  (v26/*:: as any*/),
                  (v27/*:: as any*/),
                  (v28/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Pod",
                    "kind": "LinkedField",
                    "name": "history",
                    "plural": true,
                    "selections": [
                      (v3/*:: as any*/),
                      (v25/*:: as any*/),
                      (v11/*:: as any*/),
                      (v26/*:: as any*/),
                      (v27/*:: as any*/),
                      (v28/*:: as any*/)
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "type": "PaiJob",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v18/*:: as any*/),
              (v17/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "appDescription",
                "storageKey": null
              },
              (v7/*:: as any*/),
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "lastJobStatus",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "lastStartTime",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cpu",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "mem",
                "storageKey": null
              },
              (v29/*:: as any*/),
              (v30/*:: as any*/),
              (v31/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "triggerConfig",
                "storageKey": null
              },
              {
                "alias": null,
                "args": (v8/*:: as any*/),
                "concreteType": "SaeJobExecutionConnection",
                "kind": "LinkedField",
                "name": "executions",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "SaeJobExecutionEdge",
                    "kind": "LinkedField",
                    "name": "edges",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "SaeJobExecution",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": (v20/*:: as any*/),
                        "storageKey": null
                      },
                      (v21/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v22/*:: as any*/)
                ],
                "storageKey": "executions(first:20)"
              },
              {
                "alias": null,
                "args": (v8/*:: as any*/),
                "filters": null,
                "handle": "connection",
                "key": "SaeTemplateView_executions",
                "kind": "LinkedHandle",
                "name": "executions"
              }
            ],
            "type": "SaeJobTemplate",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v16/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "jobTemplateName",
                "storageKey": null
              },
              (v19/*:: as any*/),
              (v7/*:: as any*/),
              (v24/*:: as any*/),
              {
                "alias": "jobTemplate",
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "template",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v9/*:: as any*/),
                  (v23/*:: as any*/),
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
                  },
                  (v3/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "type": "GravitinoJob",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v15/*:: as any*/),
              (v9/*:: as any*/),
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
              (v24/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Workspace",
                "kind": "LinkedField",
                "name": "workspace",
                "plural": false,
                "selections": [
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/)
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
              (v16/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "message",
                "storageKey": null
              },
              (v29/*:: as any*/),
              (v30/*:: as any*/),
              (v31/*:: as any*/),
              (v24/*:: as any*/),
              {
                "alias": "saeTemplate",
                "args": null,
                "concreteType": "SaeJobTemplate",
                "kind": "LinkedField",
                "name": "template",
                "plural": false,
                "selections": [
                  (v3/*:: as any*/),
                  (v18/*:: as any*/),
                  (v17/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "type": "SaeJobExecution",
            "abstractKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "43c727d095970f74ae0a0ff2601b6d46",
    "id": null,
    "metadata": {},
    "name": "NodePageQuery",
    "operationKind": "query",
    "text": "query NodePageQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    id\n    ...WorkspaceView_workspace\n    ...PaiJobView_job\n    ...SaeTemplateView_template\n    ...GravitinoJobView_job\n    ...JobRunView_run\n    ...SaeExecutionView_execution\n  }\n}\n\nfragment GravitinoJobView_job on GravitinoJob {\n  jobId\n  jobTemplateName\n  metalake\n  instance\n  ...JobFacts_job\n  jobTemplate: template {\n    __typename\n    name\n    jobType\n    comment\n    executable\n    arguments\n    id\n  }\n}\n\nfragment JobFacts_job on Job {\n  __isJob: __typename\n  provider\n  status\n  providerStatus\n  creator\n  createdAt\n  startedAt\n  finishedAt\n  durationMs\n}\n\nfragment JobRow_job on Job {\n  __isJob: __typename\n  id\n  name\n  provider\n  status\n  providerStatus\n  createdAt\n  durationMs\n  ... on JobRun {\n    jobRunId\n    workspace {\n      id\n      workspaceName\n      workspaceId\n    }\n  }\n  ... on PaiJob {\n    jobId\n  }\n  ... on SaeJobExecution {\n    jobId\n    saeTemplate: template {\n      id\n      appName\n      appId\n    }\n  }\n  ... on GravitinoJob {\n    jobId\n    metalake\n  }\n}\n\nfragment JobRunView_run on JobRun {\n  jobRunId\n  name\n  codeType\n  releaseVersion\n  ...JobFacts_job\n  workspace {\n    id\n    workspaceId\n    workspaceName\n  }\n}\n\nfragment PaiJobView_job on PaiJob {\n  jobId\n  displayName\n  jobType\n  instance\n  region\n  workspaceName\n  resourceType\n  reasonCode\n  reasonMessage\n  ...JobFacts_job\n  pods {\n    ...PodTimeline_pods\n    id\n  }\n}\n\nfragment PodTimeline_pods on Pod {\n  id\n  podId\n  jobId\n  type\n  status\n  nodeName\n  gmtCreateTime\n  gmtStartTime\n  gmtFinishTime\n  history {\n    id\n    podId\n    status\n    gmtCreateTime\n    gmtStartTime\n    gmtFinishTime\n  }\n}\n\nfragment SaeExecutionView_execution on SaeJobExecution {\n  jobId\n  message\n  succeeded\n  failed\n  active\n  ...JobFacts_job\n  saeTemplate: template {\n    id\n    appId\n    appName\n  }\n}\n\nfragment SaeTemplateView_template on SaeJobTemplate {\n  appId\n  appName\n  appDescription\n  instance\n  region\n  lastJobStatus\n  lastStartTime\n  cpu\n  mem\n  succeeded\n  failed\n  active\n  triggerConfig\n  executions(first: 20) {\n    edges {\n      node {\n        id\n        ...JobRow_job\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  id\n}\n\nfragment WorkspaceView_workspace on Workspace {\n  workspaceId\n  workspaceName\n  workspaceStatus\n  region\n  instance\n  createTime\n  paymentType\n  resourceSpec\n  jobRuns(first: 20) {\n    edges {\n      node {\n        id\n        ...JobRow_job\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  id\n}\n"
  }
};
})();

(node as any).hash = "40cc8cecc756f8c544e8819440af67ef";

export default node;
