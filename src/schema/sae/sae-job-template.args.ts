import { ArgsType, Field, InputType } from 'type-graphql';
import { RelayConnectionArgs } from '../common/connection.args';
import { InstanceSelectionInput } from '../common/instance-selection.input';
import {
  SaeJobTemplateOrderField,
  type SaeJobTemplateOrderFieldValue,
} from './sae-job-template-order-field.enum';

/** One ListJobs `Tags` entry. */
@InputType({ description: 'A tag a job template must carry (one ListJobs `Tags` entry).' })
export class SaeTagFilter {
  @Field(() => String, { description: 'Tag key.' })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Tag value; leave it out to match any value of the key.',
  })
  value?: string | null;
}

/** Every documented ListJobs filter, plus which instances to read. */
@InputType({
  description:
    'Which SAE job templates to list. Every field narrows the list; ListJobs applies them upstream.',
})
export class SaeJobTemplateFilter extends InstanceSelectionInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Job template name (`AppName`); SAE matches names containing it. (FieldType=appName filters the same way, so it has no field of its own.)',
  })
  appName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Namespace ID (`NamespaceId`), e.g. `cn-beijing:demo`.',
  })
  namespaceId?: string | null;

  @Field(() => [SaeTagFilter], {
    nullable: true,
    description: 'Tags every listed template must carry (`Tags`).',
  })
  tags?: SaeTagFilter[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only these job template IDs (FieldType=appIds; FieldValue is one id per ListJobs, as SAE documents, unless the instance batches lookups), listed in the order given, duplicates once. An empty list matches nothing; `orderBy` does not apply.',
  })
  appIds?: string[] | null;
}

/** ListJobs `OrderBy` + `Reverse`. */
@InputType({
  description:
    'How ListJobs sorts job templates (`OrderBy` and `Reverse`). Without it SAE lists in its default order.',
})
export class SaeJobTemplateOrder {
  @Field(() => SaeJobTemplateOrderField, { description: 'What to sort by (`OrderBy`).' })
  field!: SaeJobTemplateOrderFieldValue;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "true sorts ascending (`Reverse`=true); false, SAE's default, descending.",
  })
  ascending!: boolean;
}

/** Arguments of `Query.saeJobTemplates`. */
@ArgsType()
export class SaeJobTemplatesArgs extends RelayConnectionArgs {
  @Field(() => SaeJobTemplateFilter, {
    nullable: true,
    description: 'Which templates to list; default: all of every instance.',
  })
  filter?: SaeJobTemplateFilter | null;

  @Field(() => SaeJobTemplateOrder, {
    nullable: true,
    description: "How SAE sorts them; default: SAE's own order.",
  })
  orderBy?: SaeJobTemplateOrder | null;
}
