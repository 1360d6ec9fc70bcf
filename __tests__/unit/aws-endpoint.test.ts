/**
 * STS endpoint resolution, checked case by case against the SDK's own resolver (the endpoint ruleset in
 * @aws-sdk/client-sts), so that a partition or URL shape the SDK changes shows up here.
 */
import { describe, expect, it } from '@jest/globals';
import { STSClient } from '@aws-sdk/client-sts';
import {
  EndpointError,
  endpointLabel,
  partitionOf,
  regionalStsUrl,
  resolveStsEndpoint,
} from '../../src/plan/aws-endpoint.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const sdk = new STSClient({ region: 'us-east-1' });
const sdkUrl = (Region: string, UseFIPS: boolean, UseDualStack: boolean) =>
  sdk.config.endpointProvider({ Region, UseFIPS, UseDualStack, UseGlobalEndpoint: false }).url.href;

const REGIONS = [
  'us-east-1',
  'eu-west-2',
  'ap-southeast-7',
  'mx-central-1',
  'cn-north-1',
  'cn-northwest-1',
  'us-gov-west-1',
  'us-gov-east-1',
  'us-iso-east-1',
  'us-isob-east-1',
  'eu-isoe-west-1',
  'us-isof-south-1',
  'eusc-de-east-1',
  'xx-future-1',
];

describe('regional STS URLs agree with the SDK’s resolver', () => {
  for (const region of REGIONS) {
    it.each([
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ])(`${region} fips=%s dualstack=%s`, (fips, dualStack) => {
      expect(regionalStsUrl(region, { fips, dualStack }).href).toBe(sdkUrl(region, fips, dualStack));
    });
  }

  it('partitions by region shape', () => {
    expect(partitionOf('cn-north-1').dnsSuffix).toBe('amazonaws.com.cn');
    expect(partitionOf('us-gov-west-1').id).toBe('aws-us-gov');
    expect(partitionOf('us-isob-east-1').id).toBe('aws-iso-b');
    expect(partitionOf('something-else').id).toBe('aws');
  });
});

describe('resolveStsEndpoint', () => {
  it('defaults to us-east-1 when no region is configured', () => {
    const e = resolveStsEndpoint(undefined, {});
    expect(e).toMatchObject({ region: 'us-east-1', partition: 'aws', origin: 'region', tls: true });
    expect(e.url.href).toBe('https://sts.us-east-1.amazonaws.com/');
    expect(endpointLabel(e)).toBe('sts.us-east-1.amazonaws.com');
  });

  it('uses the China partition’s suffix', () => {
    expect(resolveStsEndpoint('cn-northwest-1', {}).url.href).toBe(
      'https://sts.cn-northwest-1.amazonaws.com.cn/',
    );
  });

  it('honours AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT', () => {
    expect(resolveStsEndpoint('eu-west-1', { AWS_USE_FIPS_ENDPOINT: 'true' }).url.hostname).toBe(
      'sts-fips.eu-west-1.amazonaws.com',
    );
    expect(resolveStsEndpoint('eu-west-1', { AWS_USE_DUALSTACK_ENDPOINT: 'TRUE' }).url.hostname).toBe(
      'sts.eu-west-1.api.aws',
    );
  });

  it('prefers AWS_ENDPOINT_URL_STS over AWS_ENDPOINT_URL, as the SDKs do, and allows plain http', () => {
    const both = resolveStsEndpoint('eu-west-1', {
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:12001',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:12002',
    });
    expect(both).toMatchObject({ origin: 'AWS_ENDPOINT_URL_STS', tls: false, region: 'eu-west-1' });
    expect(both.url.href).toBe('http://127.0.0.1:12001/');
    expect(endpointLabel(both)).toBe('http://127.0.0.1:12001');
    const general = resolveStsEndpoint('eu-west-1', { AWS_ENDPOINT_URL: 'https://localstack.internal:4566' });
    expect(general).toMatchObject({ origin: 'AWS_ENDPOINT_URL', tls: true });
  });

  it('ignores configured URLs when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true', () => {
    const e = resolveStsEndpoint('eu-west-1', {
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:12001',
      AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
    });
    expect(e.origin).toBe('region');
  });

  it('names the variable when a configured URL is unusable', () => {
    expect(() => resolveStsEndpoint(undefined, { AWS_ENDPOINT_URL_STS: 'sts.local:4566' })).toThrow(
      "AWS_ENDPOINT_URL_STS='sts.local:4566' must be an http:// or https:// URL",
    );
    expect(() => resolveStsEndpoint(undefined, { AWS_ENDPOINT_URL: 'not a url' })).toThrow(EndpointError);
    // Port 0 sent the request to port 80 (found by an adversarial sweep).
    expect(() => resolveStsEndpoint(undefined, { AWS_ENDPOINT_URL: 'http://127.0.0.1:0' })).toThrow(
      "AWS_ENDPOINT_URL='http://127.0.0.1:0' has port 0; ports are 1 to 65535",
    );
  });

  it('quotes the value on one line, capped, and without a password it carries', () => {
    const shown = (value: string) => {
      try {
        resolveStsEndpoint(undefined, { AWS_ENDPOINT_URL: value });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`${value} was accepted`);
    };
    const long = shown(`ftp://sts.local/${'a'.repeat(5000)}\n::error::pwned`);
    expect(long).not.toMatch(/\n/);
    expect(long.length).toBeLessThan(200);
    expect(long).toMatch(/\(5031 characters\) must be an http:\/\/ or https:\/\/ URL$/);
    expect(shown('not a url\r\n##[error]x')).toBe(
      "AWS_ENDPOINT_URL='not a url\\r\\n##[error]x' is not a URL",
    );
    const secret = shown('http://admin:hunter2@127.0.0.1:0/');
    expect(secret).not.toMatch(/hunter2|admin/);
    expect(secret).toBe(
      "AWS_ENDPOINT_URL='http://127.0.0.1:0/' (credentials not shown) has port 0; ports are 1 to 65535",
    );
    // A space in front (a YAML value) is trimmed before the URL is read: the password must be found too.
    expect(shown(' https://user:s3cret@sts.example.com')).toBe(
      "AWS_ENDPOINT_URL='https://sts.example.com' (credentials not shown) carries credentials (user:password@); give the URL without them",
    );
    // Not a URL at all: the password is still found and left out.
    expect(shown('http://user:s3cret@[::1')).toBe(
      "AWS_ENDPOINT_URL='http://[::1' (credentials not shown) is not a URL",
    );
    // A usable URL with credentials: refused, since they would be printed in every report.
    expect(shown('http://user:s3cret@127.0.0.1:4566')).toBe(
      "AWS_ENDPOINT_URL='http://127.0.0.1:4566' (credentials not shown) carries credentials (user:password@); give the URL without them",
    );
  });
});
