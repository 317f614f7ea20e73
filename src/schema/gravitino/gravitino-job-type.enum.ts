import { registerEnumType } from 'type-graphql';
import type { GravitinoJobType as DomainGravitinoJobType } from '../../domain/gravitino-job-template';

/** The kinds of Gravitino job template, as a GraphQL enum. */
export const GravitinoJobType: { [K in DomainGravitinoJobType]: K } = {
  SHELL: 'SHELL',
  SPARK: 'SPARK',
  UNKNOWN: 'UNKNOWN',
};

registerEnumType(GravitinoJobType, {
  name: 'GravitinoJobType',
  description: "A Gravitino job template's `jobType`. The server's own spelling is in `providerJobType`.",
  valuesConfig: {
    SHELL: { description: '`shell`: runs an executable (a script or binary) with helper scripts.' },
    SPARK: {
      description: '`spark`: submits a Spark application (a JAR with a main class, or a PySpark file).',
    },
    UNKNOWN: {
      description:
        'A job type this gateway does not know yet (a newer server); only the common fields are read.',
    },
  },
});
