import { demoServerSettings, parseConfig } from '../../../src/config/load-config';
import { startTestGateway } from '../../helpers/test-gateway';

describe('listen address', () => {
  it('is loopback by default, in a config file and in demo mode', () => {
    expect(parseConfig('auth: { mode: none }', {}).server.host).toBe('127.0.0.1');
    expect(demoServerSettings({}).host).toBe('127.0.0.1');
  });

  it('is 0.0.0.0 only when the config file says so', () => {
    expect(parseConfig('server: { host: 0.0.0.0 }', {}).server.host).toBe('0.0.0.0');
  });

  it('a gateway started on the default host listens on loopback only', async () => {
    const gw = await startTestGateway({ gateway: { host: parseConfig('{}', {}).server.host } });
    try {
      expect(new URL(gw.url).hostname).toBe('127.0.0.1');
    } finally {
      await gw.stop();
    }
  });
});
