import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { GravitinoJobTemplate } from './gravitino-job-template.type';

/** A `shell` job template (Gravitino `ShellJobTemplate`). */
@ObjectType('GravitinoShellJobTemplate', {
  implements: [Node, GravitinoJobTemplate],
  description:
    'A Gravitino shell job template: runs `executable` with `arguments`, with helper `scripts` alongside.',
})
export class GravitinoShellJobTemplate extends GravitinoJobTemplate {
  @Field(() => [String], {
    description: 'Helper scripts shipped with the executable (`scripts`). Empty if none.',
  })
  scripts!: string[];
}
