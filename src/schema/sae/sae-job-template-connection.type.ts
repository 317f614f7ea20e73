import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { SaeJobTemplate } from './sae-job-template.type';

/** A Relay page of SAE job templates. */
@ObjectType('SaeJobTemplateConnection', {
  description:
    'A page of SAE job templates (Relay connection; ListJobs pages by number, so both directions work).',
})
export class SaeJobTemplateConnection extends ConnectionType(SaeJobTemplate, 'SaeJobTemplate') {}
