import { Field, ObjectType } from 'type-graphql';

/** `ModelConfig`. */
@ObjectType('PaiModelConfig', { description: 'The model a job trains or serves (`ModelConfig`).' })
export class PaiModelConfig {
  @Field(() => String, { nullable: true, description: 'Model name (`ModelName`).' })
  modelName!: string | null;
}
