/* global URLSearchParams */
// The proxy's upstream calls: the official Alibaba runtime (@alicloud/openapi-core callApi, ACS3
// signed, as jobgraph's AlibabaTransport makes them) for EMR, PAI and SAE; undici for Gravitino.
import openApiCore from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { Agent, request } from 'undici';

const OpenApi = openApiCore.default ?? openApiCore;
const { $OpenApiUtil, OpenApiUtil } = openApiCore;

/** The emulators accept this demo pair (README: not a secret, it only opens the local emulators). */
const ACCESS_KEY = { accessKeyId: 'jobgraph-emulator', accessKeySecret: 'jobgraph-emulator-secret' };

const PRODUCTS = {
  emr: { version: '2023-08-08', endpoint: 'emrServerlessSpark' },
  pai: { version: '2020-12-03', endpoint: 'paiDlc' },
  sae: { version: '2019-05-06', endpoint: 'sae' },
};

/** Signed and plain calls to the emulators named by the endpoints JSON. */
export class Upstream {
  constructor(endpoints) {
    this.endpoints = endpoints;
    this.clients = new Map();
    this.agent = new Agent({ connections: 128, pipelining: 1 });
  }

  client(product, regionId) {
    const key = `${product}/${regionId}`;
    let client = this.clients.get(key);
    if (!client) {
      const { host } = new URL(this.endpoints[PRODUCTS[product].endpoint]);
      client = new OpenApi(
        new $OpenApiUtil.Config({
          ...ACCESS_KEY,
          endpoint: host,
          protocol: 'http',
          regionId,
          // The runtime's defaults (3 s read) fail calls on a busy machine; jobgraph allows its attempts longer too.
          readTimeout: 30_000,
          connectTimeout: 10_000,
        }),
      );
      this.clients.set(key, client);
    }
    return client;
  }

  /** One ROA GET through callApi; resolves with the parsed JSON body. */
  async alibaba(product, regionId, action, pathname, query) {
    const params = new $OpenApiUtil.Params({
      action,
      version: PRODUCTS[product].version,
      protocol: 'HTTP',
      pathname,
      method: 'GET',
      authType: 'AK',
      style: 'ROA',
      reqBodyType: 'json',
      bodyType: 'json',
    });
    const flat = {};
    for (const [name, value] of Object.entries(query)) if (value !== undefined) flat[name] = value;
    const openApiRequest = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(flat) });
    const response = await this.client(product, regionId).callApi(
      params,
      openApiRequest,
      new $dara.RuntimeOptions({}),
    );
    return response.body;
  }

  /** One Gravitino GET under /api; resolves with the parsed JSON body. */
  async gravitino(path, query = {}) {
    const search = new URLSearchParams(query).toString();
    const { statusCode, body } = await request(
      `${this.endpoints.gravitino}/api${path}${search ? `?${search}` : ''}`,
      { dispatcher: this.agent, headers: { accept: 'application/vnd.gravitino.v1+json' } },
    );
    const parsed = await body.json();
    if (statusCode !== 200) throw new Error(`gravitino answered ${statusCode}`);
    return parsed;
  }

  close() {
    return this.agent.close();
  }
}
