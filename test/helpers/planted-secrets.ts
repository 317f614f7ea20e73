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
    text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInRlbmFudCI6InByb2QifQ.Zm9vYmFyc2lnbmF0dXJlMTIzNDU2',
    fragments: ['eyJhbGciOi', 'eyJzdWIiOi', 'Zm9vYmFyc2ln'],
  },
  {
    name: 'an STS token',
    text: 'STS.NUCkx9zXqPR8bT3w2mLvYdKe7Ha5GfJ1oQnU',
    fragments: ['STS.NU', 'NUCkx9zXqPR8', 'Ha5GfJ1oQnU'],
  },
  {
    name: 'an AWS access key id',
    text: 'AKIAIOSFODNN7EXAMPLE',
    fragments: ['AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN'],
  },
  { name: 'an Alibaba AccessKey id', text: 'LTAI5tAbCdEfGhIjKlMn', fragments: ['LTAI5t', 'AbCdEfGhIjKlMn'] },
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
    text: '-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun -----END RSA PRIVATE KEY-----',
    fragments: ['-----BEGIN', 'MIIEowIBAAKCAQEA', 'u1SU1LfVLPHC', 'PRIVATE KEY-----'],
  },
  {
    name: 'a base64 blob',
    text: 'c2VjcmV0LWRhdGFiYXNlLXBhc3N3b3JkLWZvci1wcm9k',
    fragments: ['c2VjcmV0LWRhdGFi', 'LXBhc3N3b3Jk'],
  },
  {
    name: 'a key=value credential',
    text: 'AccessKeySecret=Wn7qP0xkRz3sTq9vYb2LmH5dJf8Ca1Ex',
    fragments: ['Wn7qP0xkRz3sTq9v', 'AccessKeySecret='],
  },
];
