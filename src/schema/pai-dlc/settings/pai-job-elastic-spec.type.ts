import { Field, Int, ObjectType } from 'type-graphql';

/** `JobElasticSpec`. */
@ObjectType('PaiJobElasticSpec', {
  description:
    'Elastic training of a job (`ElasticSpec`): how far its workers, PS and EDP replicas may scale.',
})
export class PaiJobElasticSpec {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether elastic training is on (`EnableElasticTraining`).',
  })
  enableElasticTraining!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Fewest workers (`MinParallelism`).' })
  minParallelism!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most workers (`MaxParallelism`).' })
  maxParallelism!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of AIMaster that drives elasticity (`AIMasterType`).',
  })
  aiMasterType!: string | null;

  @Field(() => String, { nullable: true, description: 'Image of the AIMaster (`AIMasterDockerImage`).' })
  aiMasterDockerImage!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether an AIMaster runs (`EnableAIMaster`).' })
  enableAiMaster!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether PS-job workers scale elastically (`EnablePsJobElasticWorker`).',
  })
  enablePsJobElasticWorker!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether PS-job parameter servers scale (`EnablePsJobElasticPS`).',
  })
  enablePsJobElasticPs!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether PS resources are estimated automatically (`EnablePsResourceEstimate`).',
  })
  enablePsResourceEstimate!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Fewest parameter servers (`PSMinParallelism`).' })
  psMinParallelism!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most parameter servers (`PSMaxParallelism`).' })
  psMaxParallelism!: number | null;

  @Field(() => String, { nullable: true, description: 'Elastic strategy (`ElasticStrategy`).' })
  elasticStrategy!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether elastic data parallelism (EDP) is on (`EnableEDP`).',
  })
  enableEdp!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Fewest EDP replicas (`EDPMinParallelism`).' })
  edpMinParallelism!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most EDP replicas (`EDPMaxParallelism`).' })
  edpMaxParallelism!: number | null;
}
