import { Field, InputType } from 'type-graphql';
import type { InstanceSelection } from './request-instances';

/**
 * The part of an Alibaba provider's root-list filter that picks which configured instances
 * (account + region) to read. Abstract: only the filters that extend it appear in the schema.
 */
@InputType()
export abstract class InstanceSelectionInput implements InstanceSelection {
  @Field(() => [String], {
    nullable: true,
    description: 'Only these configured instances (ids), read in config order. Default: all.',
  })
  instances?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only instances configured for these regions (e.g. `cn-hangzhou`); each instance is one region. Default: all.',
  })
  regions?: string[] | null;
}
