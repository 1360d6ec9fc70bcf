// Runs GetCallerIdentity with @aws-sdk/client-sts exactly as an application would (default credential
// chain, endpoint from AWS_ENDPOINT_URL_STS), and prints what happened as one JSON line: for the stand-in's
// faithfulness tests under libfaketime. MAX_ATTEMPTS=1 turns the SDK's retry (and so its skew fix) off.
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

const client = new STSClient({
  region: process.env.AWS_REGION ?? 'us-east-1',
  ...(process.env.MAX_ATTEMPTS ? { maxAttempts: Number(process.env.MAX_ATTEMPTS) } : {}),
});
const attempts = [];
client.middlewareStack.add(
  (next) => async (args) => {
    try {
      const out = await next(args);
      attempts.push({ status: out.response.statusCode });
      return out;
    } catch (error) {
      attempts.push({ status: error.$metadata?.httpStatusCode, name: error.name, message: error.message });
      throw error;
    }
  },
  { step: 'deserialize', name: 'recordAttempts', priority: 'low' },
);
try {
  const out = await client.send(new GetCallerIdentityCommand({}));
  console.log(
    JSON.stringify({
      ok: true,
      arn: out.Arn,
      account: out.Account,
      attempts,
      systemClockOffset: client.config.systemClockOffset,
    }),
  );
} catch (error) {
  console.log(
    JSON.stringify({
      ok: false,
      name: error.name,
      message: error.message,
      attempts,
      systemClockOffset: client.config.systemClockOffset,
    }),
  );
}
client.destroy();
