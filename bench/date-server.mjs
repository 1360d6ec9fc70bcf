/**
 * An HTTP server whose only job is an honest Date header, for the Date-path comparison (htpdate and
 * `--aws https` read the same server). The header is stamped when the response is made: Node's own Date
 * header comes from a cache refreshed by a timer, which can run late past a second boundary, and the
 * whole Date method lives on knowing exactly when the second turns.
 *
 *   node bench/date-server.mjs --listen 127.0.0.1:16001      prints `ready`, stops on SIGTERM
 */
import { createServer } from 'node:http';

export function startDateServer(address, port) {
  const server = createServer((request, response) => {
    response.sendDate = false;
    response.setHeader('Date', new Date().toUTCString());
    response.setHeader('Content-Type', 'text/plain');
    response.end(request.method === 'HEAD' ? undefined : 'ok\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--listen');
  const [address, port] = (at >= 0 ? process.argv[at + 1] : '127.0.0.1:16001').split(':');
  const server = await startDateServer(address, Number(port));
  process.stdout.write('ready\n');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
