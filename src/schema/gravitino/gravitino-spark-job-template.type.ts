import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { GraphQLJSONObject } from '../scalars';
import { GravitinoJobTemplate } from './gravitino-job-template.type';

/** A `spark` job template (Gravitino `SparkJobTemplate`). */
@ObjectType('GravitinoSparkJobTemplate', {
  implements: [Node, GravitinoJobTemplate],
  description:
    'A Gravitino Spark job template: submits `executable` (a JAR or Python file) as a Spark application.',
})
export class GravitinoSparkJobTemplate extends GravitinoJobTemplate {
  @Field(() => String, {
    nullable: true,
    description:
      'The main class of the application (`className`): required for Java/Scala applications, null for PySpark.',
  })
  className!: string | null;

  @Field(() => [String], { description: 'JAR files added to the classpath (`jars`). Empty if none.' })
  jars!: string[];

  @Field(() => [String], {
    description: 'Files shipped to the working directory of each executor (`files`). Empty if none.',
  })
  files!: string[];

  @Field(() => [String], {
    description:
      'Archives extracted into the working directory of each executor (`archives`). Empty if none.',
  })
  archives!: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      'Spark configuration properties: a string-to-string map (`configs`; secret-looking values are redacted).',
  })
  configs!: Record<string, string>;
}
