/**
 * Real error texts, as people pasted them into public issue threads and pages (and the two seed articles
 * in the project's shared seeds folder), each with where it came from and what `recognize` must make of it.
 *
 * Expected numbers were worked out by hand from the timestamps in each text (C − A for SigV4, ServerTime −
 * RequestTime for S3, …; see the derivations in src/explain/*.ts), not by running the parser.
 * Long stack traces are shortened with "…"; the error lines themselves are as published.
 */
import type { ErrorKind } from '../../src/explain/types.js';

export interface CorpusEntry {
  id: string;
  /** Where the text was published. */
  source: string;
  /** What the thread found the cause to be, when it says. */
  note?: string;
  text: string;
  expect: {
    kind: ErrorKind;
    consistent: boolean;
    impliedOffsetMs?: number;
    boundMinMs?: number;
    boundMaxMs?: number;
    direction?: 'behind' | 'ahead' | null;
    windowMs?: number;
  };
}

const MIN = 60_000;

export const CORPUS: CorpusEntry[] = [
  // ── AWS SigV4 "Signature expired" ────────────────────────────────────────────────────────────────
  {
    id: 'seed-guide-expired',
    source:
      'aws-signature-expired-clock-skew-guide.txt (devopsaitoolkit.com/blog/aws-error-invalid-signature-clock-skew/)',
    text: 'An error occurred (InvalidSignatureException) when calling the GetCallerIdentity operation: Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 1_800_000,
      direction: 'behind',
      windowMs: 15 * MIN,
    },
  },
  {
    id: 'seed-guide-not-yet-current-garbled',
    source: 'aws-signature-expired-clock-skew-guide.txt',
    note: 'B should be C + 15 min = 15:00:00 but the article prints 14:30:00.',
    text: 'An error occurred (InvalidSignatureException): Signature not yet current: 20260627T150000Z is still later than 20260627T143000Z (20260627T144500Z + 15 min.)',
    expect: { kind: 'aws-sigv4-signature-not-yet-current', consistent: false, direction: 'ahead' },
  },
  {
    id: 'seed-lambda-article-garbled',
    source: 'aws-lambda-sdk-signature-expired.txt (AWS knowledge-centre article)',
    note: 'A equals B, and C is in 2019: the article edited the timestamps.',
    text: '"Error: native lambda error:InvalidSignatureException: Signature expired: 20230118T161739Z is now earlier than 20230118T161739Z (20190318T162239Z - 5 min.)"',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: false, direction: 'behind' },
  },
  {
    id: 'seed-lambda-article-comment',
    source: 'aws-lambda-sdk-signature-expired.txt (comment under the article)',
    text: 'How to resolve this when you get this error while updating the lambda function from AWS SDK? Error: updating code for Lambda function: Signature expired: 20230512T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 440_000,
      direction: 'behind',
      windowMs: 5 * MIN,
    },
  },
  {
    id: 'aws-sdk-js-254',
    source: 'https://github.com/aws/aws-sdk-js/issues/254',
    text: '{"level":"info","message":{"message":"Signature expired: 20140325T143453Z is now earlier than 20140325T143751Z (20140325T145251Z - 15 min.)","code":"InvalidSignatureException","name":"InvalidSignatureException","statusCode":400,"retryable":false},"timestamp":"2014-03-25T14:52:58.020Z"}',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 1_078_000,
      direction: 'behind',
      windowMs: 15 * MIN,
    },
  },
  {
    id: 'artillery-dino-2',
    source: 'https://github.com/hassy/artillery-dino/issues/2',
    text: String.raw`InvalidSignatureException: Signature expired: 20160610T180547Z is now earlier than 20160610T180612Z (20160610T181112Z - 5 min.)\n    at Object.extractError (/usr/local/lib/node_modules/artillery-dino/node_modules/aws-sdk/lib/protocol/json.js:43:27)\n    at Request.extractError (/usr/local/lib/node_modules/artillery-dino/node_modules/aws-sdk/lib/protocol/rest_json.js:37:8)\n …'`,
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 325_000,
      direction: 'behind',
    },
  },
  {
    id: 'aws-sdk-js-573-php',
    source: 'https://github.com/aws/aws-sdk-js/issues/573',
    text: 'Signature expired: 20150411T064107Z is now earlier than 20150411T064135Z (20150411T064635Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 328_000 },
  },
  {
    id: 'logspout-kinesis-21-go',
    source: 'https://github.com/remind101/logspout-kinesis/issues/21',
    text: 'InvalidSignatureException: Signature expired: 20151120T200815Z is now earlier than 20151120T201846Z (20151120T202346Z - 5 min.) status code: 400, request id: 9a2bed25-8fc4-11e5-b0cc-6bf2f0e1ff85',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 931_000 },
  },
  {
    id: 'kanzi-270-botocore',
    source: 'https://github.com/m0ngr31/kanzi/issues/270',
    note: 'The reporter had moved the system date back 3 days on purpose.',
    text: 'botocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the CompareFaces operation: Signature expired: 20180707T233021Z is now earlier than 20180710T071214Z (20180710T071714Z - 5 min.)',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 200_813_000,
      direction: 'behind',
    },
  },
  {
    id: 'alexa-adventure-game-41',
    source: 'https://github.com/alexa-samples/skill-sample-nodejs-adventure-game/issues/41',
    note: '"Clock was off... set it to the correct time and it worked."',
    text: 'Error: Signature expired: 20170721T074556Z is now earlier than 20170722T022954Z (20170722T023454Z - 5 min.)\n    at Request.callListeners (/Users/optimusprime/interactive-adventure-game-tool/node_modules/gulp-awslambda/node_modules/aws-sdk/lib/sequential_executor.js:107:43)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 67_738_000 },
  },
  {
    id: 'selling-partner-api-32',
    source: 'https://github.com/jlevers/selling-partner-api/issues/32',
    text: '`Signature expired: 20210527T091025Z is now earlier than 20210527T093851Z (20210527T094351Z - 5 min.)`',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 2_006_000 },
  },
  {
    id: 'lilybin-72',
    source: 'https://github.com/LilyBin/LilyBin/issues/72',
    note: 'The EC2 server clock was about 5 minutes slow; fixed by installing an NTP client.',
    text: 'Signature expired: 20160117T015330Z is now earlier than 20160117T015332Z (20160117T015832Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 302_000 },
  },
  {
    id: 'registry-creds-24',
    source: 'https://github.com/upmc-enterprises/registry-creds/issues/24',
    note: 'The VM had its datetime wrong.',
    text: 'InvalidSignatureException: Signature expired: 20170111T204052Z is now earlier than 20170111T225449Z (20170111T230949Z - 15 min.)\n2017-01-11T20:40:53.192988848Z \tstatus code: 400, request id: some id',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 8_937_000,
      windowMs: 15 * MIN,
    },
  },
  {
    id: 'glacier-cmd-103-boto2',
    source: 'https://github.com/uskudnik/amazon-glacier-cmd-interface/issues/103',
    note: 'Long uploads over a slow link: the request was signed long before it finished.',
    text: 'boto.glacier.exceptions.UnexpectedHTTPResponseError: Expected 204, got (403, code=InvalidSignatureException, message=Signature expired: 20121108T030749Z is now earlier than 20121108T031304Z (20121108T031804Z - 5 min.))',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 615_000 },
  },
  {
    id: 'anthropic-sdk-go-122',
    source: 'https://github.com/anthropics/anthropic-sdk-go/issues/122',
    note: 'No clock skew: the SDK signed before other middleware delayed the request (fixed by signing right before sending).',
    text: '403 Forbidden {"message":"Signature expired: 20250130T203827Z is now earlier than 20250130T204131Z (20250130T204631Z - 5 min.)"}',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 484_000 },
  },
  {
    id: 'terraform-refresh-serveraide',
    source:
      'https://serveraide.com/why-is-terraform-erring-with-signaturedoesnotmatch-signature-expired-23192',
    note: 'The VM running Terraform was far out of sync.',
    text: '$ terraform refresh\nError refreshing state: 1 error(s) occurred:\n* SignatureDoesNotMatch: Signature expired: 20170226T035111Z is now earlier than 20170227T013047Z (20170227T014547Z - 15 min.)\nstatus code: 403, request id: 7626f995-fc8e-11e6-9b73-7990b2a1af41',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 78_876_000 },
  },
  {
    id: 'aws-cli-eks-hashnode',
    source: 'https://hashnode-hub.vercel.app/posts/664de5a91e584186cd68a61c',
    note: 'The macOS date and time were wrong.',
    text: '$ aws eks list-clusters\nAn error occurred (InvalidSignatureException) when calling the ListClusters operation: Signature expired: 20240522T115547Z is now earlier than 20240522T120908Z (20240522T121408Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 1_101_000 },
  },
  {
    id: 'devopsaitoolkit-signature-does-not-match-garbled',
    source: 'https://devopsaitoolkit.com/blog/aws-error-signature-does-not-match/',
    note: 'B should be C − 5 min = 12:05:00 but the page prints 12:15:00.',
    text: 'An error occurred (InvalidSignatureException) when calling the GetCallerIdentity operation: Signature expired: 20260623T120000Z is now earlier than 20260623T121500Z (20260623T121000Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: false },
  },
  {
    id: 'aws-cli-6676',
    source: 'https://github.com/aws/aws-cli/issues/6676',
    note: 'Dual boot with Windows: the hardware clock was read as local time.',
    text: 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20220127T001427Z is now earlier than 20220127T014428Z (20220127T015928Z - 15 min.)',
    expect: {
      kind: 'aws-sigv4-signature-expired',
      consistent: true,
      impliedOffsetMs: 6_301_000,
      windowMs: 15 * MIN,
    },
  },
  {
    id: 'aws-cli-4600-slow-upload',
    source: 'https://github.com/aws/aws-cli/issues/4600',
    note: 'Fails "after about five minutes" of uploading a zip: a slow upload, not the clock.',
    text: 'An error occurred (InvalidSignatureException) when calling the UpdateFunctionCode operation: Signature expired: 20191018T223413Z is now earlier than 20191018T223507Z (20191018T224007Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 354_000 },
  },
  {
    id: 'python-lambda-111',
    source: 'https://github.com/nficano/python-lambda/issues/111',
    note: '"the build process was just a bit too long on one occasion"',
    text: '`botocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the CreateFunction operation: Signature expired: 20180506T081010Z is now earlier than 20180506T081523Z (20180506T082023Z - 5 min.)`',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 613_000 },
  },
  {
    id: 'node-lambda-382',
    source: 'https://github.com/motdotla/node-lambda/issues/382',
    note: 'Slow connection while deploying.',
    text: 'Signature expired: 20171104T183403Z is now earlier than 20171104T183511Z (20171104T184011Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 368_000 },
  },
  {
    id: 'pulumi-aws-55',
    source: 'https://github.com/pulumi/pulumi-aws/issues/55',
    text: 'error PU2003: Plan apply failed: rpc error: code = Unknown desc = Error creating Lambda function: InvalidSignatureException: Signature expired: 20171026T165425Z is now earlier than 20171026T165554Z (20171026T170054Z - 5 min.)',
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 389_000 },
  },
  {
    id: 'aws4-118',
    source: 'https://github.com/mhart/aws4/issues/118',
    note: 'A signed request object reused across Lambda invocations.',
    text: "message: 'Signature expired: 20201027T123008Z is now earlier than 20201027T125507Z (20201027T130007Z - 5 min.)'",
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 1_799_000 },
  },
  {
    id: 'serverless-27',
    source: 'https://github.com/serverless/serverless/issues/27',
    text: "{ [InvalidSignatureException: Signature expired: 20150806T131223Z is now earlier than 20150806T131534Z (20150806T132034Z - 5 min.)]\n  message: 'Signature expired: 20150806T131223Z is now earlier than 20150806T131534Z (20150806T132034Z - 5 min.)',\n  code: 'InvalidSignatureException',\n  time: Thu Aug 06 2015 15:20:34 GMT+0200 (CEST),\n  statusCode: 403,\n  retryable: true }",
    expect: { kind: 'aws-sigv4-signature-expired', consistent: true, impliedOffsetMs: 491_000 },
  },
  // ── AWS SigV4 "Signature not yet current" ────────────────────────────────────────────────────────
  {
    id: 'serverless-enterprise-11',
    source: 'https://github.com/serverless/enterprise/issues/11',
    text: 'Error: `ServerlessError: Signature not yet current: 20181120T211543Z is still later than 20181120T211529Z (20181120T211029Z + 5 min.)`',
    expect: {
      kind: 'aws-sigv4-signature-not-yet-current',
      consistent: true,
      impliedOffsetMs: -314_000,
      direction: 'ahead',
      windowMs: 5 * MIN,
    },
  },
  {
    id: 'roomba980-118',
    source: 'https://github.com/NickWaterton/Roomba980-Python/issues/118',
    note: 'The client wrote a date at midnight instead of the current time.',
    text: 'Error: 403, {"message":"Signature not yet current: 20230804T000000Z is still later than 20230803T172233Z (20230803T171733Z + 5 min.)"}',
    expect: {
      kind: 'aws-sigv4-signature-not-yet-current',
      consistent: true,
      impliedOffsetMs: -24_147_000,
      direction: 'ahead',
    },
  },
  // ── S3 RequestTimeTooSkewed ──────────────────────────────────────────────────────────────────────
  {
    id: 'versitygw-1514',
    source: 'https://github.com/versity/versitygw/issues/1514',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n   <Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20250901T162148Z</RequestTime><ServerTime>2025-09-03T16:21:50Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>2J8ZFVZVVRA4T7CF</RequestId><HostId>CRaDrKRM91F3Ea6WY8n+2BLxPeuJIpDDm+7fIUYYE2fvvRnGocv1/406lhxBURvCDnNt0K5M2oEj7G7NjTbhP18orBtCmzj6</HostId></Error>',
    expect: {
      kind: 's3-request-time-too-skewed',
      consistent: true,
      impliedOffsetMs: 172_802_000,
      direction: 'behind',
      windowMs: 900_000,
    },
  },
  {
    id: 'aws-sdk-php-612',
    source: 'https://github.com/aws/aws-sdk-php/issues/612',
    note: 'Server time zone America/Santiago: about an hour ahead of UTC as seen by S3.',
    text: `Fatal error: Uncaught exception 'Aws\\S3\\Exception\\S3Exception' with message 'Error executing "PutObject" on "https://s3.amazonaws.com/backupebrain/my-backupfile"; AWS HTTP error: Client error: 403 RequestTimeTooSkewed (client): The difference between the request time and the current time is too large. - <?xml version="1.0" encoding="UTF-8"?> <Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20150604T232559Z</RequestTime><ServerTime>2015-06-04T22:26:16Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>9E09E2E8D09D863C</RequestId><HostId>CQl85Ol1ejSfxwCFffw880W3OsDNI+FtTYPrQFjJVtM6vmd4pWJaOCuNEWtZPUfjhYRHByziBxg=</HostId></Error>' exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error: 403'`,
    expect: {
      kind: 's3-request-time-too-skewed',
      consistent: true,
      impliedOffsetMs: -3_583_000,
      direction: 'ahead',
    },
  },
  {
    id: 'huaweicloud-obs-84-rfc1123',
    source: 'https://github.com/huaweicloud/huaweicloud-sdk-java-obs/issues/84',
    text: '2022-02-12 17:37:03.415 11635-12220/com.zx.box W/System.err: com.obs.services.exception.ObsException: Error message:Request Error.OBS servcie Error Message. -- ResponseCode: 403, ResponseStatus: Forbidden, XML Error Message: <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestId>0000017EE824A5666407C4CE27B8F394</RequestId><HostId>3akWNnC/60hMoENBbJT2cZUYoRQrKXYhGmZliBpZZn5VlBfGjJj4BuRxrLizmpZ9</HostId><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestTime>Sat, 12 Feb 2022 09:37:03 GMT</RequestTime><ServerTime>2022-02-11T09:37:02.823Z</ServerTime></Error>',
    expect: {
      kind: 's3-request-time-too-skewed',
      consistent: true,
      impliedOffsetMs: -86_400_177,
      direction: 'ahead',
    },
  },
  {
    id: 'ex-aws-159-retries',
    source: 'https://github.com/ex-aws/ex_aws/issues/159',
    note: 'Slow retries reused the first signature ("S3 request retries should update date header").',
    text: String.raw`{:error, {:http_error, 403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20160524T120229Z</RequestTime><ServerTime>2016-05-24T12:18:12Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>E0221C34074F9443</RequestId><HostId>NUKOZMhRHvjeH5R4DWX4wSjDB8E7Ay3bU2pD6w4s1qDLHwO4Lh5ONO+OdVzfNaOskVD5Km5Oq70=</HostId></Error>"}}`,
    expect: {
      kind: 's3-request-time-too-skewed',
      consistent: true,
      impliedOffsetMs: 943_000,
      direction: 'behind',
    },
  },
  {
    id: 'boot2docker-469',
    source: 'https://github.com/boot2docker/boot2docker/issues/469',
    note: 'The boot2docker VM clock lagged after the host slept.',
    text: 'boto.exception.S3ResponseError: S3ResponseError: 403 Forbidden\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>redacted</RequestId><HostId>redacted</HostId><RequestTime>Wed, 06 Aug 2014 02:17:06 GMT</RequestTime><ServerTime>2014-08-06T17:36:03Z</ServerTime></Error>',
    expect: {
      kind: 's3-request-time-too-skewed',
      consistent: true,
      impliedOffsetMs: 55_137_000,
      direction: 'behind',
    },
  },
  {
    id: 'dragonfly-132-no-times',
    source: 'https://github.com/markevans/dragonfly/issues/132',
    text: '<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\n<Error>\n  <Code>RequestTimeTooSkewed</Code>\n  <Message>The difference between the request time and the current time is too large.</Message> <MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>DF2C472E368B09C5</RequestId>\n...',
    expect: { kind: 's3-request-time-too-skewed', consistent: true, direction: null, windowMs: 900_000 },
  },
  {
    id: 'electron-builder-2332-js-sdk',
    source: 'https://github.com/electron-userland/electron-builder/issues/2332',
    text: '  electron-builder Async task error: RequestTimeTooSkewed: The difference between the request time and the current time is too large.\n  electron-builder     at Request.extractError (/home/fedora/intouch/electron-updater-example/node_modules/aws-sdk/lib/services/s3.js:577:35)',
    expect: { kind: 's3-request-time-too-skewed', consistent: true, direction: null },
  },
  {
    id: 'zadig-1660-servers-time',
    source: 'https://github.com/koderover/zadig/issues/1660',
    text: "500 : Internal Error: RequestTimeTooSkewed: The difference between the request time and the server's time is too large. status code: 403, request id: , host id:",
    expect: { kind: 's3-request-time-too-skewed', consistent: true },
  },
  // ── S3 presigned URLs ────────────────────────────────────────────────────────────────────────────
  {
    id: 'aws-sdk-php-1333',
    source: 'https://github.com/aws/aws-sdk-php/issues/1333',
    note: 'A URL "generated a minute ago" expired: signed 310 s before use with a 300 s lifetime.',
    text: '<Error>\n    <Code>AccessDenied</Code>\n    <Message>Request has expired</Message>\n    <X-Amz-Expires>300</X-Amz-Expires>\n    <Expires>2017-07-20T04:18:45Z</Expires>\n    <ServerTime>2017-07-20T04:18:55Z</ServerTime>\n    <RequestId>E4952EE21FC53CD9</RequestId>\n    <HostId>\n        ZgJWY5yN4ZmKd3dJ/HrS7Huw0wfJyyNi7MdNJFfzL/eh3m4PmJxf7+V2Qao7CQ3O5I765/2BuqA\n    </HostId>\n</Error>',
    expect: {
      kind: 's3-presigned-url-expired',
      consistent: true,
      impliedOffsetMs: 310_000,
      direction: 'behind',
      windowMs: 300_000,
    },
  },
  {
    id: 'react-slack-clone-27',
    source: 'https://github.com/lukejacksonn/react-slack-clone/issues/27',
    note: 'The page sat idle for 15 minutes: the URL outlived its 60 s lifetime.',
    text: '<Error>\n<Code>AccessDenied</Code>\n<Message>Request has expired</Message>\n<X-Amz-Expires>60</X-Amz-Expires>\n<Expires>2018-03-29T11:17:34Z</Expires>\n<ServerTime>2018-03-29T11:27:42Z</ServerTime>\n<RequestId>FED2CBD7BC00CFFC</RequestId>\n<HostId>\n0fKFeZ57PPIGTSbziuxnr9eF5rXaTvTVHurpzL6lpcawA50LxmiGv5c2sPISUdKFYR3sRdOg7tg=\n</HostId>\n</Error>',
    expect: {
      kind: 's3-presigned-url-expired',
      consistent: true,
      impliedOffsetMs: 668_000,
      windowMs: 60_000,
    },
  },
  {
    id: 'aws-sdk-js-3493-sigv2',
    source: 'https://github.com/aws/aws-sdk-js/issues/3493',
    text: '<Error>\n<Code>AccessDenied</Code>\n<Message>Request has expired</Message>\n<Expires>2020-10-15T02:03:37Z</Expires>\n<ServerTime>2020-10-15T02:03:42Z</ServerTime>\n<RequestId>955102B1FB2</RequestId>\n<HostId>hYCLy116RkARTYUzEyNmS1l1AP5r8SM64HZAPuLuziiBl</HostId>\n</Error>',
    expect: { kind: 's3-presigned-url-expired', consistent: true, direction: 'behind' },
  },
  {
    id: 'aliyun-oss-20',
    source: 'https://github.com/johnlui/AliyunOSS/issues/20',
    text: '<Code>AccessDenied</Code>\n<Message>Request has expired.</Message>\n<RequestId>589A7A90CDF4741F7D36F2F4</RequestId>\n<HostId>ws-img-test.oss-cn-hangzhou.aliyuncs.com</HostId>\n<Expires>2017-02-07T01:30:29.000Z</Expires>\n<ServerTime>2017-02-08T01:55:28.000Z</ServerTime>',
    expect: { kind: 's3-presigned-url-expired', consistent: true },
  },
  {
    id: 'minio-2638-not-yet-valid',
    source: 'https://github.com/minio/minio/issues/2638',
    note: 'Reproduced by moving the local date one day ahead before presigning.',
    text: '<Error>\n<Code>AccessDenied</Code>\n<Message>Request is not yet valid</Message>\n<X-Amz-Date>1473415775000</X-Amz-Date>\n<Expires>2016-09-12T10:09:35Z</Expires>\n<ServerTime>2016-09-08T10:09:44Z</ServerTime>\n<RequestId>DF5D535F5795B3A0</RequestId>\n<HostId>\n6dwjqJVc1Mc6K1SkJQDBflYcYomwiZym9v1f8Edgy1t2XccxHnhrDWyORKfApMwaKMI92eRrbNQ=\n</HostId>\n</Error>',
    expect: {
      kind: 's3-presigned-url-not-yet-valid',
      consistent: true,
      impliedOffsetMs: -86_391_000,
      direction: 'ahead',
    },
  },
  {
    id: 's3-signer-16-not-yet-valid',
    source: 'https://github.com/dmjio/s3-signer/issues/16',
    text: '<Error>\n<Code>AccessDenied</Code>\n<Message>Request is not yet valid</Message>\n<X-Amz-Date>1558754452000</X-Amz-Date>\n<Expires>2019-05-25T03:35:52Z</Expires>\n<ServerTime>2019-05-23T21:07:35Z</ServerTime>\n<RequestId>C526F9F32776C64D</RequestId>\n</Error>',
    expect: {
      kind: 's3-presigned-url-not-yet-valid',
      consistent: true,
      impliedOffsetMs: -108_797_000,
      direction: 'ahead',
    },
  },
  // ── AWS error codes without times ────────────────────────────────────────────────────────────────
  {
    id: 'boto-148-ec2',
    source: 'https://github.com/boto/boto/issues/148',
    text: 'boto.exception.EC2ResponseError: EC2ResponseError: 400 Bad Request\n<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>RequestExpired</Code><Message>Request has expired. Timestamp date is 2011-03-26T23:22:53Z</Message></Error></Errors><RequestID>c6512d25-c974-4f58-9b50-ffe70bcb66ea</RequestID></Response>',
    expect: { kind: 'aws-request-expired', consistent: true, windowMs: 15 * MIN },
  },
  {
    id: 'avalanche-cli-1137',
    source: 'https://github.com/ava-labs/avalanche-cli/issues/1137',
    text: 'Error: RequestExpired: Request has expired.\n\tstatus code: 400, request id: 334f1126-6632-4a95-afbe-987edcc34246\nexit status 1',
    expect: { kind: 'aws-request-expired', consistent: true },
  },
  {
    id: 'python-amazon-mws-92',
    source: 'https://github.com/python-amazon-mws/python-amazon-mws/issues/92',
    note: '"It occurred because my machine\'s time was behind."',
    text: String.raw`<?xml version="1.0"?>\n<ErrorResponse xmlns="http://mws.amazonaws.com/doc/2009-01-01/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>RequestExpired</Code>\n    <Message>Request signature is too far in the past and has expired. Timestamp date: 2018-09-23T10:04:57Z</Message>\n  </Error>\n  <RequestID>cc980489-5f56-4f50-ab65-ca7027d52c75</RequestID>\n</ErrorResponse>`,
    expect: { kind: 'aws-request-expired', consistent: true, direction: 'behind' },
  },
  {
    id: 'phpamazonmws-143-future',
    source: 'https://github.com/CPIGroup/phpAmazonMWS/issues/143',
    note: 'The code added 7320 s to the timestamp.',
    text: 'RequestExpired - Request signature is too far in the future',
    expect: { kind: 'aws-request-expired', consistent: true, direction: 'ahead' },
  },
  {
    id: 'aws-sdk-java-1443',
    source: 'https://github.com/aws/aws-sdk-java/issues/1443',
    text: 'com.amazonaws.services.ec2.model.AmazonEC2Exception: Request has expired. (Service: AmazonEC2; Status Code: 400; Error Code: RequestExpired; Request ID: 213aa903-1660-42b7-838f-176cbed53e74)\n\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1639)',
    expect: { kind: 'aws-request-expired', consistent: true },
  },
  {
    id: 'kitchen-ec2-326',
    source: 'https://github.com/test-kitchen/kitchen-ec2/issues/326',
    text: '>>>>>>     Failed to complete #create action: [Request has expired.] on default-ubuntu-1404',
    expect: { kind: 'aws-request-expired', consistent: true },
  },
  {
    id: 'terraform-provider-aws-1102',
    source: 'https://github.com/hashicorp/terraform-provider-aws/issues/1102',
    note: '"The problem was with the system\'s clock."',
    text: 'aws_security_group.canada-squid: AuthFailure: AWS was not able to validate the provided access credentials\n\tstatus code: 401, request id: f1569889-c513-466a-9056-637538038058',
    expect: { kind: 'aws-auth-failure', consistent: true, direction: null },
  },
  {
    id: 'boto3-524',
    source: 'https://github.com/boto/boto3/issues/524',
    text: 'botocore.exceptions.ClientError: An error occurred (AuthFailure) when calling the CreateSnapshot operation: AWS was not able to validate the provided access credentials',
    expect: { kind: 'aws-auth-failure', consistent: true },
  },
  // ── GitHub App JWT ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'octokit-auth-app-698',
    source: 'https://github.com/octokit/auth-app.js/issues/698',
    note: '"In case our system clock is in the future, github returns a 401 error"',
    text: "'Expiration time' claim ('exp') is too far in the future - https://docs.github.com/rest",
    expect: { kind: 'github-app-jwt-exp-too-far', consistent: true, direction: 'ahead', windowMs: 10 * MIN },
  },
  {
    id: 'create-github-app-token-178',
    source: 'https://github.com/actions/create-github-app-token/issues/178',
    text: "Failed to create token for \"ORG\" (attempt 1): 'Expiration time' claim ('exp') is too far in the future - https://docs.github.com/enterprise-server@3.10/rest\nRequestError [HttpError]: 'Expiration time' claim ('exp') is too far in the future - https://docs.github.com/enterprise-server@3.10/rest",
    expect: { kind: 'github-app-jwt-exp-too-far', consistent: true, direction: 'ahead' },
  },
  {
    id: 'rocq-bot-204-json',
    source: 'https://github.com/rocq-prover/bot/issues/204',
    text: '{"message":"\'Expiration time\' claim (\'exp\') is too far in the future","documentation_url":"https://docs.github.com/rest"}',
    expect: { kind: 'github-app-jwt-exp-too-far', consistent: true },
  },
  {
    id: 'gh-token-17',
    source: 'https://github.com/Link-/gh-token/issues/17',
    text: '**"message": "\'Expiration time\' claim (\'exp\') is too far in the future"**',
    expect: { kind: 'github-app-jwt-exp-too-far', consistent: true },
  },
  {
    id: 'probot-967',
    source: 'https://github.com/probot/probot/issues/967',
    text: "ERROR probot: 'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    expect: { kind: 'github-app-jwt-iat', consistent: true, direction: 'ahead' },
  },
  {
    id: 'github-app-token-102-macos',
    source: 'https://github.com/tibdex/github-app-token/issues/102',
    note: 'Seen on macos-12 and macos-13 GitHub-hosted runners only.',
    text: "Error: Could not create installation access token.\n…\nRequestError [HttpError]: 'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    expect: { kind: 'github-app-jwt-iat', consistent: true, direction: 'ahead' },
  },
  {
    id: 'github3py-1050',
    source: 'https://github.com/sigmavirus24/github3.py/issues/1050',
    text: "github3.exceptions.AuthenticationFailed: 401 'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    expect: { kind: 'github-app-jwt-exp-past', consistent: true, direction: 'behind' },
  },
  // ── Google ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'google-api-php-client-1429',
    source: 'https://github.com/googleapis/google-api-php-client/issues/1429',
    text: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems.',
    expect: { kind: 'google-invalid-jwt-time', consistent: true, direction: null, windowMs: 60 * MIN },
  },
  {
    id: 'fastlane-14972',
    source: 'https://github.com/fastlane/fastlane/issues/14972',
    text: '     {\n        "error": "invalid_grant",\n        "error_description": "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems."\n     }',
    expect: { kind: 'google-invalid-jwt-time', consistent: true },
  },
  {
    id: 'google-analytics-symfony-7-old-wording',
    source: 'https://github.com/mediafigaro/google-analytics-api-symfony/issues/7',
    note: 'Windows clock not set automatically.',
    text: '{\n"error": "invalid_grant",\n"error_description": "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe"\n}',
    expect: { kind: 'google-invalid-jwt-time', consistent: true },
  },
  // ── Microsoft Entra ID ───────────────────────────────────────────────────────────────────────────
  {
    id: 'docker-tools-1310',
    source: 'https://github.com/dotnet/docker-tools/pull/1310',
    note: 'A login token obtained early and reused hours later: the assertion outlived its lifetime.',
    text: 'Original exception: AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-05-28T06:01:42.5853621Z, assertion valid from 2024-05-28T02:19:01.0000000Z, expiry time of assertion 2024-05-28T02:29:01.0000000Z. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials . Trace ID: 47ddff41-43d5-4e7e-aa00-dcd12eb2f600',
    expect: {
      kind: 'azure-assertion-time-range',
      consistent: true,
      impliedOffsetMs: 13_361_585,
      direction: 'behind',
      windowMs: 600_000,
    },
  },
  {
    id: 'msal-dotnet-4951',
    source: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/issues/4951',
    text: '`AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-10-02T22:05:03.6755165Z, assertion valid from 1970-01-01T00:00:00.0000000Z, expiry time of assertion 2024-10-02T21:30:53.0000000Z. Review the documentation at\nhttps://learn.microsoft.com/entra/identity-platform/certificate-credentials`',
    expect: { kind: 'azure-assertion-time-range', consistent: true, direction: 'behind' },
  },
  {
    id: 'sato-1-local-time',
    source: 'https://github.com/obikuro/Sato/issues/1',
    note: 'The token payload was built from a non-UTC local time.',
    text: ' {"error":"invalid_client","error_description":"AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-12-07T12:09:18.3149355Z, assertion valid from\n1970-01-01T00:00:00.0000000Z, expiry time of assertion 2024-12-07T11:14:18.0000000Z.....\\" }',
    expect: { kind: 'azure-assertion-time-range', consistent: true, direction: 'behind' },
  },
  {
    id: 'msal-java-984',
    source: 'https://github.com/AzureAD/microsoft-authentication-library-for-java/issues/984',
    note: 'A regression in MSAL Java 1.23.0 cached the assertion.',
    text: 'Caused by: com.microsoft.aad.msal4j.MsalServiceException: AADSTS700024: Client assertion is not within its valid time range. Current time: 2025-08-29T05:47:32.1501147Z, assertion valid from 1970-01-01T00:00:00.0000000Z, expiry time of assertion 2025-08-29T00:30:05.0000000Z. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials . Trace ID: 7a84b74b-1889-494f-b408-66e8b36c7400',
    expect: { kind: 'azure-assertion-time-range', consistent: true, direction: 'behind' },
  },
  {
    id: 'adal4j-46-old-code',
    source: 'https://github.com/AzureAD/azure-activedirectory-library-for-java/issues/46',
    note: '"My system clock was wrong, not the tests."',
    text: 'com.microsoft.aad.adal4j.AuthenticationException: {"error_description":"AADSTS70002: Error validating credentials. AADSTS50012: Client assertion is not within its valid time range.\\r\\nTrace ID: 80ad7758-a570-42f0-97b7-ae2dded006c7\\r\\nCorrelation ID: 986a6c2c-a596-4189-b5b5-3a1b1a9a17e2\\r\\nTimestamp: 2015-07-30 17:18:47Z","error":"invalid_client"}',
    expect: { kind: 'azure-assertion-time-range', consistent: true },
  },
  // ── TLS ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'xdcc-cli-4',
    source: 'https://github.com/ostafen/xdcc-cli/issues/4',
    text: 'x509: certificate has expired or is not yet valid: current time 2023-01-28T09:08:05+01:00 is after 2023-01-08T09:42:48Z .',
    expect: {
      kind: 'tls-certificate-expired',
      consistent: true,
      boundMaxMs: -1_722_316_000,
      direction: 'ahead',
    },
  },
  {
    id: 'kubectl-df-pv-20',
    source: 'https://github.com/yashbhutwala/kubectl-df-pv/issues/20',
    text: '`x509: certificate has expired or is not yet valid: current time 2021-04-26T10:18:22+02:00 is after 2021-04-07T03:12:06Z`',
    expect: { kind: 'tls-certificate-expired', consistent: true, boundMaxMs: -1_659_975_000 },
  },
  {
    id: 'python-tls-client-71-date-only',
    source: 'https://github.com/FlorianREGAZ/Python-Tls-Client/issues/71',
    text: '[certificate has expired](x509: certificate has expired or is not yet valid: current time 2023-05-18 is after 2023-04-23T06:01:48Z)',
    expect: { kind: 'tls-certificate-expired', consistent: true, boundMaxMs: -2_051_892_000 },
  },
  {
    id: 'clash-1893-garbled-zone',
    source: 'https://github.com/Kr328/ClashForAndroid/issues/1893',
    note: 'The printed zone "+8000:00" is not a real offset.',
    text: 'TCP] dial PROXY (match RuleSet/proxy) to mtalk.google.com:5228 error: wconnect error: x509: certificate has expired or is not yet valid: current time 2024-03-03T19:26:48+8000:00 is after 2023-04-05T04:57:34Z',
    expect: { kind: 'tls-certificate-expired', consistent: false },
  },
  {
    id: 'dnscrypt-proxy-324',
    source: 'https://github.com/DNSCrypt/dnscrypt-proxy/issues/324',
    note: 'The Raspberry Pi thought it was 2017 in 2018.',
    text: '[2017-11-28 17:25:51] [ERROR] Get https://dns.cloudflare.com/dns-query?body=XXX&random_padding=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX: x509: certificate has expired or is not yet valid',
    expect: { kind: 'tls-certificate-expired-or-not-yet-valid', consistent: true, direction: null },
  },
  {
    id: 'curl-2766',
    source: 'https://github.com/curl/curl/issues/2766',
    text: 'curl: (60) SSL certificate problem: certificate is not yet valid\nMore details here: https://curl.haxx.se/docs/sslcerts.html',
    expect: { kind: 'tls-certificate-not-yet-valid', consistent: true, direction: 'behind' },
  },
  {
    id: 'kvs-webrtc-915-1970',
    source: 'https://github.com/awslabs/amazon-kinesis-video-streams-webrtc-sdk-c/issues/915',
    note: 'The device clock was at 1970.',
    text: '[1970/01/01 02:06:28:1157] E: SSL error: certificate is not yet valid (preverify_ok=0;err=9;depth=3)',
    expect: { kind: 'tls-certificate-not-yet-valid', consistent: true, direction: 'behind' },
  },
  // ── apt ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'sonicpad-debian-76',
    source: 'https://github.com/Jpe230/SonicPad-Debian/issues/76',
    text: ' Release file for http://deb.debian.org/debian/dists/bullseye/InRelease is not valid yet (invalid for another 439d 20h 2min 38s). Updates for this repository will not be applied.',
    expect: {
      kind: 'apt-release-not-yet-valid',
      consistent: true,
      boundMinMs: 38_001_758_000,
      direction: 'behind',
    },
  },
  {
    id: 'sonicpad-debian-56',
    source: 'https://github.com/Jpe230/SonicPad-Debian/issues/56',
    text: 'Hit:1 http://deb.debian.org/debian bullseye InRelease\nReading package lists... Done\nE: Release file for http://deb.debian.org/debian/dists/bullseye/InRelease is not valid yet (invalid for another 236d 21h 13min 51s). Updates for this repository will not be applied.',
    expect: { kind: 'apt-release-not-yet-valid', consistent: true, boundMinMs: 20_466_831_000 },
  },
  {
    id: 'elementary-appcenter-1535',
    source: 'https://github.com/elementary/appcenter/issues/1535',
    text: 'E: Release file for http://ppa.launchpad.net/elementary-os/daily/ubuntu/dists/focal/InRelease is not valid yet (invalid for another 3h 54min 10s). Updates for this repository will not be applied.\nE: Release file for mirror://mirrors.ubuntu.com/mirrors.txt/dists/focal-updates/InRelease is not valid yet (invalid for another 1h 13min 38s). Updates for this repository will not be applied',
    expect: { kind: 'apt-release-not-yet-valid', consistent: true, boundMinMs: 14_050_000 },
  },
  {
    id: 'rock64-linux-build-457',
    source: 'https://github.com/ayufan-rock64/linux-build/issues/457',
    text: 'E: Release file for http://security.debian.org/dists/buster/updates/InRelease is not valid yet (invalid for another 302d 19h 2min 51s). Updates for this repository will not be applied.\nE: Release file for http://packages.openmediavault.org/public/dists/usul/InRelease is not valid yet (invalid for another 277d 8h 43min 21s). Updates for this repository will not be applied.\nE: Release file for http://security.debian.org/debian-security/dists/buster/updates/InRelease is not valid yet (invalid for another 302d 19h 2min 50s). Updates for this repository will not be applied.',
    expect: { kind: 'apt-release-not-yet-valid', consistent: true, boundMinMs: 26_161_371_000 },
  },
  {
    id: 'birdnet-pi-1056',
    source: 'https://github.com/mcguirepr89/BirdNET-Pi/issues/1056',
    text: 'E: Release file for http://deb.debian.org/debian/dists/bullseye/InRelease is not valid yet (invalid for another 157d 7h 49min 34s). Updates for this repository will not be applied.\nE: Release file for http://security.debian.org/debian-security/dists/bullseye-security/InRelease is not valid yet (invalid for another 171d 18h 15min 14s). Updates for this repository will not be applied.\nE: Release file for http://deb.debian.org/debian/dists/bullseye-updates/InRelease is not valid yet (invalid for another 171d 22h 53min 47s). Updates for this repository will not be applied.',
    expect: { kind: 'apt-release-not-yet-valid', consistent: true, boundMinMs: 14_856_827_000 },
  },
  {
    id: 'pterodactyl-installer-261-expired',
    source: 'https://github.com/pterodactyl-installer/pterodactyl-installer/issues/261',
    text: '* Installing virt-what...\nE: Release file for http://debian-archive.trafficmanager.net/debian-security/dists/buster/updates/InRelease is expired (invalid since 3h 46min 2s). Updates for this repository will not be applied.',
    expect: { kind: 'apt-release-expired', consistent: true, boundMaxMs: -13_562_000, direction: 'ahead' },
  },
  // ── Kerberos ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'nopac-11',
    source: 'https://github.com/Ridter/noPac/issues/11',
    text: '`GetTGT error, error: Kerberos SessionError: KRB_AP_ERR_SKEW(Clock skew too great)`',
    expect: { kind: 'kerberos-clock-skew', consistent: true, direction: null, windowMs: 5 * MIN },
  },
  {
    id: 'kerbrute-22',
    source: 'https://github.com/ropnop/kerbrute/issues/22',
    text: '2020/04/18 14:57:24 >  [!] XXXXX:XXXXX - [Root cause: KDC_Error] KDC_Error: AS Exchange Error: kerberos error response from KDC: KRB Error: (37) KRB_AP_ERR_SKEW Clock skew too great',
    expect: { kind: 'kerberos-clock-skew', consistent: true },
  },
  {
    id: 'krbrelayup-32',
    source: 'https://github.com/Dec0ne/KrbRelayUp/issues/32',
    text: 'What is wrong when I got [-] KRB-ERROR (37) : KRB_AP_ERR_SKEW?',
    expect: { kind: 'kerberos-clock-skew', consistent: true },
  },
  {
    id: 'spring-security-kerberos-45',
    source: 'https://github.com/spring-projects/spring-security-kerberos/issues/45',
    text: 'Forward to login-page failed after KrbApErrException: Clock skew too great',
    expect: { kind: 'kerberos-clock-skew', consistent: true },
  },
  {
    id: 'kinit-page',
    source:
      'http://www.bqtyf.cn/linux/why-is-my-kerberos-authentication-failing-on-linux-due-to-cl-1765914937.html',
    text: 'kinit: Clock skew too great while getting initial credentials',
    expect: { kind: 'kerberos-clock-skew', consistent: true },
  },
  // ── GitHub Actions runner / Azure Pipelines agent token service ───────────────────────────────────
  {
    id: 'actions-runner-532',
    source: 'https://github.com/actions/runner/pull/532',
    note: "The token service's answer to a runner whose clock was about an hour ahead (issue 531).",
    text: '{\n  "error": "invalid_client",\n  "error_description": "The token is not valid until 06/10/2020 19:05:24. Current server time is 06/10/2020 18:05:26."\n}',
    expect: {
      kind: 'github-runner-token-not-yet-valid',
      consistent: true,
      impliedOffsetMs: -3_598_000,
      boundMaxMs: -3_597_000,
      direction: 'ahead',
    },
  },
  {
    id: 'azure-pipelines-agent-2393',
    source: 'https://github.com/microsoft/azure-pipelines-agent/issues/2393',
    note: '"Turns out the system clock on the server was out": the agent machine\'s clock.',
    text: 'Microsoft.VisualStudio.Services.OAuth.VssOAuthTokenRequestException: The bearer <secret removed> is not valid until 8/15/2019 4:49:16 AM. Current server time is 8/15/2019 3:03:52 AM.',
    expect: {
      kind: 'github-runner-token-not-yet-valid',
      consistent: true,
      impliedOffsetMs: -6_324_000,
      boundMaxMs: -6_323_000,
      direction: 'ahead',
    },
  },
  {
    id: 'actions-runner-config-message',
    source:
      'https://github.com/actions/runner/blob/main/src/Runner.Listener/Configuration/ConfigurationManager.cs',
    text: "The local machine's clock may be out of sync with the server time by more than five minutes. Please sync your clock with your domain or internet time and try again.",
    expect: { kind: 'github-runner-clock-out-of-sync', consistent: true, direction: null, windowMs: 5 * MIN },
  },
  {
    id: 'io-launch-binaries-49-go-jose',
    source: 'https://github.com/ionet-official/io_launch_binaries/issues/49',
    note: '"Please make sure that date and time is correct."',
    text: 'Error: failed to validate token: expected claims not validated: go-jose/go-jose/jwt: validation field, token issued in the future (iat)',
    expect: { kind: 'jwt-not-yet-valid', consistent: true, direction: 'behind' },
  },
];
