import { registerEnumType } from 'type-graphql';
import { PROVIDER_IDS, type ProviderId } from '../../domain/provider-id';

/** The GraphQL Provider enum, built from the domain list so the two cannot drift. */
export const Provider = Object.fromEntries(PROVIDER_IDS.map((id) => [id, id])) as { [K in ProviderId]: K };

registerEnumType(Provider, {
  name: 'Provider',
  description: 'An upstream job API.',
  valuesConfig: {
    EMR_SERVERLESS_SPARK: {
      description: 'Alibaba Cloud EMR Serverless Spark (API 2023-08-08): workspaces and Spark job runs.',
    },
    PAI_DLC: {
      description: 'Alibaba Cloud PAI-DLC (API 2020-12-03): deep-learning training jobs and their pods.',
    },
    SAE: {
      description:
        'Alibaba Cloud Serverless App Engine (API 2019-05-06): job templates and their executions.',
    },
    GRAVITINO: { description: 'Apache Gravitino jobs REST API: job templates and job runs per metalake.' },
  },
});
