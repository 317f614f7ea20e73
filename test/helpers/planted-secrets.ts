import { KEY_SHAPED } from './key-shaped';

/**
 * Secrets an upstream error text could carry, each with the fragments that must never be seen
 * again (in a response body or a log line) once it went through the gateway.
 */
export interface PlantedSecret {
  readonly name: string;
  readonly text: string;
  readonly fragments: readonly string[];
}

/** The table of issue 8 ("What was seen" 3), and more. */
export const PLANTED_SECRETS: readonly PlantedSecret[] = [
  {
    name: 'a JDBC URL with a password',
    text: 'jdbc:mysql://metastore-db.prod.example.com:3306/g?user=admin&password=hunter2',
    fragments: ['jdbc', 'metastore-db', 'example.com', 'hunter2', 'password=', 'user=admin'],
  },
  {
    name: 'a JWT',
    text: KEY_SHAPED.jwt,
    fragments: KEY_SHAPED.jwt.split('.').map((part) => part.slice(0, 12)),
  },
  {
    name: 'an STS token',
    text: KEY_SHAPED.stsToken,
    fragments: ['STS.NU', KEY_SHAPED.stsToken.slice(4, 16), KEY_SHAPED.stsToken.slice(-11)],
  },
  {
    name: 'an AWS access key id',
    text: KEY_SHAPED.awsAccessKeyId,
    fragments: [KEY_SHAPED.awsAccessKeyId, KEY_SHAPED.awsAccessKeyId.slice(0, 12)],
  },
  {
    name: 'an Alibaba AccessKey id',
    text: KEY_SHAPED.alibabaAccessKeyId,
    fragments: [KEY_SHAPED.alibabaAccessKeyId.slice(0, 8), KEY_SHAPED.alibabaAccessKeyId.slice(6)],
  },
  {
    name: 'a redis URL with a password',
    text: 'redis://:s3cret@cache.internal:6379/0',
    fragments: ['redis:', 's3cret', 'cache.internal', ':6379'],
  },
  { name: 'an IPv6 host and port', text: '[2001:db8::1]:8090', fragments: ['2001:db8', 'db8::1', ':8090'] },
  { name: 'an IPv4 host and port', text: '10.42.17.9:9083', fragments: ['10.42.17.9', '42.17.9'] },
  {
    name: 'an internal URL',
    text: 'https://metastore.prod.example.com/x',
    fragments: ['https:', 'metastore.prod', 'example.com'],
  },
  { name: 'a bearer token', text: 'Bearer abc.def', fragments: ['abc.def'] },
  {
    name: 'an email address',
    text: 'ops-oncall@prod.example.com',
    fragments: ['ops-oncall', '@prod', 'example.com'],
  },
  {
    name: 'a private key',
    text: KEY_SHAPED.privateKeyPem,
    fragments: ['-----BEGIN', KEY_SHAPED.privateKeyPem.split(' ')[4]?.slice(0, 16) ?? '', 'KEY-----'],
  },
  {
    name: 'a base64 blob',
    text: Buffer.from('secret-database-password-for-prod').toString('base64'),
    fragments: ['c2VjcmV0LWRhdGFi', 'LXBhc3N3b3Jk'],
  },
  {
    name: 'a key=value credential',
    text: `AccessKeySecret=${KEY_SHAPED.accessKeySecret}`,
    fragments: [KEY_SHAPED.accessKeySecret.slice(0, 16), 'AccessKeySecret='],
  },
];
