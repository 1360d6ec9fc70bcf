import { describe, expect, it } from '@jest/globals';
import { recognize, recognizeAll } from '../../src/explain/index.js';
import { matches } from '../../src/explain/matches.js';
import { normalise, MAX_INPUT_CHARS } from '../../src/explain/normalize.js';
import { parseAptDuration, parseBasicIso, parseIso, parseRfc1123 } from '../../src/explain/time.js';
import { OutputWatcher, bestOf } from '../../src/explain/watch.js';
import { CORPUS } from '../corpus/time-errors.js';

const EXPIRED =
  'Signature expired: 20230512T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)';
const EXPIRED_OFFSET_MS = 440_000;

describe('one SigV4 message in every wrapping it is printed in', () => {
  const wrappings: [string, string][] = [
    [
      'AWS CLI',
      `\nAn error occurred (InvalidSignatureException) when calling the UpdateFunctionCode operation: ${EXPIRED}\n`,
    ],
    [
      'boto3',
      `botocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the Invoke operation: ${EXPIRED}`,
    ],
    [
      'JS SDK v3',
      `InvalidSignatureException: ${EXPIRED}\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)`,
    ],
    [
      'Go SDK v2',
      `operation error Lambda: UpdateFunctionCode, https response error StatusCode: 403, RequestID: 1f0c, api error InvalidSignatureException: ${EXPIRED}`,
    ],
    [
      'Terraform, boxed and word-wrapped',
      '╷\n│ Error: updating Lambda Function (f) code: operation error Lambda: UpdateFunctionCode, https response error\n│ StatusCode: 403, RequestID: 1f0c, api error InvalidSignatureException: Signature expired:\n│ 20230512T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5\n│ min.)\n│ \n╵',
    ],
    ['JSON-escaped body', JSON.stringify({ message: EXPIRED })],
    ['JSON inside a JSON string', JSON.stringify(JSON.stringify({ errorMessage: `x\n${EXPIRED}` }))],
    [
      'GitHub Actions log with timestamps and colour',
      `2023-05-12T17:46:14.1234567Z \u001b[31mError:\u001b[0m ${EXPIRED}`,
    ],
    ['CRLF line ends', `Error:\r\n${EXPIRED}\r\n`],
  ];
  it.each(wrappings)('%s', (_name, text) => {
    const r = recognize(text);
    expect(r).toMatchObject({
      recognized: true,
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: EXPIRED_OFFSET_MS,
    });
  });

  it('reads S3 XML that was HTML- or \\u-escaped', () => {
    const xml =
      '<Error><Code>RequestTimeTooSkewed</Code><RequestTime>20160524T120229Z</RequestTime><ServerTime>2016-05-24T12:18:12Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds></Error>';
    const html = xml.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const goJson = JSON.stringify(xml).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    for (const text of [xml, html, goJson]) expect(recognize(text).impliedOffsetMs).toBe(943_000);
  });
});

describe('garbled and self-contradicting texts', () => {
  const sigv4 = CORPUS.filter((e) => e.expect.kind.startsWith('aws-sigv4') && e.expect.consistent);

  it.each(sigv4.map((e) => [e.id, e.text] as const))(
    '%s: a limit one second off is inconsistent',
    (_id, text) => {
      const m = /(is (?:now earlier|still later) than )(\d{8}T\d{4})(\d{2})Z/.exec(text)!;
      const sec = (Number(m[3]) + 1) % 60;
      const garbled = text.replaceAll(m[0], `${m[1]}${m[2]}${String(sec).padStart(2, '0')}Z`);
      const r = recognize(garbled);
      expect(r).toMatchObject({ recognized: true, consistent: false });
      expect(r.impliedOffsetMs).toBeUndefined();
      expect(r.inconsistency).toMatch(/should be/);
    },
  );

  it('says which timestamp is unreadable', () => {
    const r = recognize(
      'Signature expired: 20231312T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)',
    );
    expect(r).toMatchObject({
      consistent: false,
      inconsistency: expect.stringContaining("signed '20231312T173853Z'"),
    });
    expect(
      recognize(
        'Signature expired: 20230230T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)',
      ).consistent,
    ).toBe(false);
  });

  it('rejects a signing time that is not beyond the limit', () => {
    const r = recognize(
      'Signature expired: 20230512T174200Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)',
    );
    expect(r).toMatchObject({
      consistent: false,
      inconsistency: expect.stringContaining('contradicts itself'),
    });
  });

  it('recognises an elided or cut message without numbers', () => {
    for (const text of [
      'An error occurred (InvalidSignatureException) when calling the GetCallerIdentity operation: Signature expired: ... is now earlier than ...',
      'Signature expired: 20230512T173853Z is now earl',
    ]) {
      const r = recognize(text);
      expect(r).toMatchObject({ recognized: true, kind: 'aws-sigv4-signature-expired', direction: 'behind' });
      expect(r.impliedOffsetMs).toBeUndefined();
    }
  });

  it('finds S3 times inside the 15-minute window inconsistent', () => {
    const r = recognize(
      '<Error><Code>RequestTimeTooSkewed</Code><RequestTime>20160524T120229Z</RequestTime><ServerTime>2016-05-24T12:08:12Z</ServerTime></Error>',
    );
    expect(r).toMatchObject({ kind: 's3-request-time-too-skewed', consistent: false });
  });

  it('finds an Entra current time inside the validity range inconsistent', () => {
    const r = recognize(
      'AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-05-28T02:20:00Z, assertion valid from 2024-05-28T02:19:01Z, expiry time of assertion 2024-05-28T02:29:01Z.',
    );
    expect(r).toMatchObject({
      consistent: false,
      inconsistency: expect.stringContaining('inside the validity range'),
    });
  });

  it('reads an Entra assertion used before its nbf as a clock ahead', () => {
    const r = recognize(
      'AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-05-28T02:10:00Z, assertion valid from 2024-05-28T02:19:01Z, expiry time of assertion 2024-05-28T02:29:01Z.',
    );
    expect(r).toMatchObject({ direction: 'ahead', impliedOffsetMs: -541_000, consistent: true });
  });
});

describe('texts that are not time errors', () => {
  it.each([
    ['empty', ''],
    ['prose', 'The build succeeded in 4 minutes.'],
    [
      'SignatureDoesNotMatch for a wrong key',
      'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.',
    ],
    [
      'ExpiredToken',
      'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired',
    ],
    ['a timestamp alone', '20230512T173853Z is a time'],
  ])('%s', (_name, text) => {
    expect(recognize(text)).toEqual({ recognized: false, consistent: true, evidence: '', service: '' });
  });

  it('recognises the exact GitHub wording given for iat in the past', () => {
    expect(
      recognize("'Issued at' claim ('iat') must be an Integer representing a time in the past"),
    ).toMatchObject({
      kind: 'github-app-jwt-iat',
      direction: 'ahead',
    });
    expect(
      recognize('An error occurred (RequestInTheFuture) when calling the DescribeInstances operation'),
    ).toMatchObject({
      kind: 'aws-request-in-the-future',
      direction: 'ahead',
    });
  });
});

describe('time readers', () => {
  it('accept only real instants', () => {
    expect(parseBasicIso('20260627T140000Z')?.ms).toBe(Date.UTC(2026, 5, 27, 14));
    expect(parseBasicIso('20260631T140000Z')).toBeUndefined();
    expect(parseBasicIso('20260627T250000Z')).toBeUndefined();
    expect(parseIso('2023-01-28T09:08:05+01:00')?.ms).toBe(Date.UTC(2023, 0, 28, 8, 8, 5));
    expect(parseIso('2024-10-02T22:05:03.6755165Z')?.ms).toBe(Date.UTC(2024, 9, 2, 22, 5, 3, 676));
    expect(parseIso('2023-05-18')?.resolutionMs).toBe(86_400_000);
    expect(parseIso('2024-03-03T19:26:48+8000')).toBeUndefined();
    expect(parseRfc1123('Sat, 12 Feb 2022 09:37:03 GMT')?.ms).toBe(Date.UTC(2022, 1, 12, 9, 37, 3));
    expect(parseRfc1123('Sat, 12 Foo 2022 09:37:03 GMT')).toBeUndefined();
    expect(parseAptDuration('5h 3min 2s')).toBe((5 * 3600 + 3 * 60 + 2) * 1000);
    expect(parseAptDuration('38s')).toBe(38_000);
    expect(parseAptDuration('   ')).toBeUndefined();
  });
});

describe('bounded work on hostile input', () => {
  it('caps the input it reads and still finds an error at the end of a huge log', () => {
    const filler = 'x'.repeat(5_000_000);
    const started = performance.now();
    const r = recognize(`${filler}\n${EXPIRED}\n`);
    // Linear work takes well under a second here; the failure this guards against is super-linear
    // (backtracking over megabytes: minutes), so the ceiling is wide enough for a busy shared machine.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r).toMatchObject({ impliedOffsetMs: EXPIRED_OFFSET_MS, truncated: true });
    expect(normalise('y'.repeat(MAX_INPUT_CHARS + 10)).text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS + 1);
  });

  it.each([
    ['repeated openings', 'Signature expired: '.repeat(40_000)],
    ['long timestamp-like runs', 'Signature expired: ' + '2'.repeat(200_000)],
    ['many S3 codes without fields', 'RequestTimeTooSkewed '.repeat(40_000)],
    ['unclosed XML tags', '<Error><Code>RequestTimeTooSkewed</Code><RequestTime>' + 'a'.repeat(300_000)],
    ['deep escapes', '\\\\\\\\\\"'.repeat(100_000)],
    [
      'apt without an end',
      'Release file for ' + 'a'.repeat(300_000) + ' is not valid yet (invalid for another ',
    ],
    [
      'Entra without commas',
      'Client assertion is not within its valid time range. Current time: ' + '1'.repeat(300_000),
    ],
  ])('%s', (_name, text) => {
    const started = performance.now();
    expect(() => recognizeAll(text)).not.toThrow();
    // As above: catastrophic backtracking over 300 kB takes minutes; a busy machine, a few seconds.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('the output watcher', () => {
  const log = `${'build output line\n'.repeat(20_000)}${CORPUS.find((e) => e.id === 'ex-aws-159-retries')!.text}\n${'more output\n'.repeat(5000)}`;
  const bytes = new TextEncoder().encode(log);

  it.each([1, 7, 4096, 65_536, bytes.length])(
    'finds the same error however the stream is chunked (%i bytes)',
    (size) => {
      const watcher = new OutputWatcher(4096);
      for (let i = 0; i < bytes.length; i += size) watcher.push(bytes.subarray(i, i + size));
      const best = bestOf(watcher.finish());
      expect(best).toMatchObject({ kind: 's3-request-time-too-skewed', impliedOffsetMs: 943_000 });
    },
  );

  it('decodes characters split across chunks', () => {
    const watcher = new OutputWatcher();
    const text = `é ${EXPIRED} é`;
    const b = new TextEncoder().encode(text);
    watcher.push(b.subarray(0, 1));
    watcher.push(b.subarray(1));
    expect(bestOf(watcher.finish())?.impliedOffsetMs).toBe(EXPIRED_OFFSET_MS);
  });
});

describe('several warnings of one family in one log: the number shown is the number explained', () => {
  // Each pair: a small gap and a large one. Whichever comes first, explain reports the large one, and its
  // evidence and its words are that warning's, never the other's.
  const pairs: [string, string, string, string, string][] = [
    [
      'tar (one merged warning per archive)',
      'tar: build/small: time stamp 2026-11-27 20:49:47 is 5.5 s in the future',
      'tar: build/large: time stamp 2026-11-27 21:49:47 is 3605.5 s in the future',
      '21:49:47 is 3605.5 s',
      "'build/large' dated 2026-11-27 21:49:47, 3605.5 s",
    ],
    [
      'make',
      "make: Warning: File 'small.o' has modification time 5 s in the future",
      "make: Warning: File 'large.o' has modification time 3605 s in the future",
      "'large.o' has modification time 3605 s",
      "'large.o' dated 3605 s",
    ],
    [
      'gpg keys',
      'gpg: key 0123456789ABCDEF was created 5 seconds in the future (time warp or clock problem)',
      'gpg: key FEDCBA9876543210 was created 3605 seconds in the future (time warp or clock problem)',
      'FEDCBA9876543210 was created 3605 seconds',
      'FEDCBA9876543210 is dated 3605 s',
    ],
    [
      'Go x509',
      'x509: certificate has expired or is not yet valid: current time 2026-11-27T10:00:00Z is before 2026-11-27T10:00:05Z',
      'x509: certificate has expired or is not yet valid: current time 2026-11-27T10:00:00Z is before 2026-11-27T11:00:05Z',
      'is before 2026-11-27T11:00:05Z',
      'only in 3605 s',
    ],
    [
      'openid-client',
      'RPError: JWT not active yet, now 1790000000, nbf 1790000005',
      'RPError: JWT not active yet, now 1790000000, nbf 1790003605',
      'nbf 1790003605',
      'nbf is 1790003605',
    ],
    [
      'google-auth',
      'ValueError: Token used too early, 1790000000 < 1790000005. Check that your computer clock is set correctly.',
      'ValueError: Token used too early, 1790000000 < 1790003605. Check that your computer clock is set correctly.',
      '1790000000 < 1790003605',
      'issued at 1790003605',
    ],
    [
      'apt',
      'E: Release file for http://small.example/dists/x/InRelease is not valid yet (invalid for another 5s).',
      'E: Release file for http://large.example/dists/x/InRelease is not valid yet (invalid for another 1h 0min 5s).',
      'invalid for another 1h 0min 5s',
      'large.example/dists/x/InRelease is dated 1h 0min 5s',
    ],
  ];

  it.each(pairs)('%s', (_family, small, large, evidence, words) => {
    for (const text of [`${small}\n${large}\n`, `${large}\n${small}\n`]) {
      const r = recognize(text);
      expect(r.offsetBoundMs?.min).toBeGreaterThanOrEqual(3_600_000);
      expect(r.evidence).toContain(evidence);
      expect(r.derivation).toContain(words);
      expect(`${r.evidence} ${r.derivation}`).not.toMatch(
        /small|0123456789ABCDEF|10:00:05Z|1790000005|(?<![\d.])5(\.5)? s\b|another 5s/,
      );
    }
  });
});

describe('an error code and its message merged into one: what the message says is kept', () => {
  it("RequestExpired's code, then MWS's message further on: its direction and its timestamp", () => {
    const text = `<Code>RequestExpired</Code>${' '.repeat(40)}<RequestId>${'0'.repeat(200)}</RequestId> <Message>Request signature is too far in the past and has expired. Timestamp date is 2026-11-27T10:00:00Z</Message>`;
    const r = recognize(text);
    expect(r).toMatchObject({
      kind: 'aws-request-expired',
      direction: 'behind',
      times: { signedAt: '2026-11-27T10:00:00.000Z' },
    });
    expect(r.evidence).toMatch(/too far in the past/);
  });
});

describe('one match loop for every recogniser', () => {
  it('yields every match in order, from the start on every call', () => {
    const re = /t(\d)/g;
    const all = () => [...matches(re, 't1 t2 t3', [], 10)].map((m) => m[1]);
    expect(all()).toEqual(['1', '2', '3']);
    // A loop left early must not make the next call start in the middle.
    for (const _m of matches(re, 't1 t2 t3', [], 10)) break;
    expect(all()).toEqual(['1', '2', '3']);
  });

  it("stops when the recogniser's hits reach the cap, whichever pattern found them", () => {
    const hits: string[] = [];
    for (const m of matches(/a/g, 'aaaa', hits, 3)) hits.push(m[0]);
    for (const m of matches(/b/g, 'bbbb', hits, 5)) hits.push(m[0]);
    expect(hits.join('')).toBe('aaabb');
    // Matches that add no hit do not count.
    let seen = 0;
    for (const _m of matches(/c/g, 'c'.repeat(500), [], 1)) seen++;
    expect(seen).toBe(500);
  });

  it('steps past an empty match instead of finding it forever', () => {
    expect([...matches(/x*/g, 'ab', [], 100)].map((m) => m.index)).toEqual([0, 1, 2]);
  });

  // A flood of one family's lines, spaced so that none merge: each recogniser keeps its own cap.
  const flood = (line: (i: number) => string, n: number) =>
    Array.from({ length: n }, (_, i) => line(i + 1)).join(`\n${'-'.repeat(250)}\n`);
  it.each<[string, string, number]>([
    ['tar', flood((i) => `tar: f${i}: time stamp 2026-11-27 20:49:47 is ${i}.5 s in the future`, 300), 120],
    ['Kerberos', flood((i) => `kinit: Clock skew too great (${i})`, 300), 50],
    [
      'apt',
      flood(
        (i) =>
          `E: Release file for http://a${i}/x is not valid yet (invalid for another ${i}s). E: Release file for http://b${i}/x is expired (invalid since ${i}s).`,
        300,
      ),
      200,
    ],
    [
      'TLS, Go then the bare wordings',
      flood(
        (i) =>
          `x509: certificate has expired or is not yet valid: current time 2026-11-27T10:00:00Z is before 2026-11-27T10:${String(i % 60).padStart(2, '0')}:01Z\nOpenSSL: certificate is not yet valid ${'.'.repeat(250)} certificate has expired`,
        300,
      ),
      100,
    ],
    [
      'the runner token service',
      flood(
        () =>
          "The token is not valid until 06/10/2020 19:05:24. Current server time is 06/10/2020 18:05:26. The local machine's clock may be out of sync with the server time by more than five minutes",
        300,
      ),
      60,
    ],
  ])('%s: at most its cap of hits', (_family, text, cap) => {
    expect(recognizeAll(text)).toHaveLength(cap);
  });
});
