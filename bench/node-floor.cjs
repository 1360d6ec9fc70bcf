/**
 * What Node itself needs for the default shape's exchanges, with nothing else: the reference beside the
 * floor (bare `node` + round trips), which leaves out the CPU any Node client pays for its TLS handshakes
 * and for loading node:tls, node:dgram and node:https. It sends the same requests as clock-preflight (NTP
 * mode 3; NTS-KE over TLS 1.3, then one NTP request to the server and port the key exchange names; one HTTPS
 * HEAD) and exits as soon as `--need` of them have answered. It checks nothing: no certificate, no origin
 * timestamp, no NTS authenticator, no consensus, no report. Not a time client: a yardstick.
 *
 *   node bench/node-floor.cjs --ntp A:P,… --nts A:P,… --https A:P --need N
 * (NODE_EXTRA_CA_CERTS as for clock-preflight; exit 0 once N answered, 1 after 10 s)
 */
// CommonJS, as clock-preflight's bundles are: an ES module would add Node's ES module loader.
const { connect } = require('node:tls');
const { createSocket } = require('node:dgram');
const { request } = require('node:https');
const { randomFillSync } = require('node:crypto');
const { setTimeout } = require('node:timers');

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? '' : args[i + 1];
};
const hostPorts = (list) =>
  list
    .split(',')
    .filter(Boolean)
    .map((hp) => {
      const at = hp.lastIndexOf(':');
      return { host: hp.slice(0, at), port: Number(hp.slice(at + 1)) };
    });
const need = Number(option('need'));
let answered = 0;
const answer = () => {
  if (++answered === need) process.exit(0);
};
setTimeout(() => process.exit(1), 10_000).unref();

function askNtp(host, port) {
  const request = Buffer.alloc(48);
  request[0] = 0x23; // version 4, mode 3 (client)
  randomFillSync(request, 40, 8);
  const socket = createSocket('udp4');
  socket.once('message', () => {
    socket.close();
    answer();
  });
  socket.send(request, port, host);
}

// NTS-KE request (RFC 8915): next protocol NTPv4, AEAD AES-SIV-CMAC-256, end of message.
const KE_REQUEST = Buffer.from([0x80, 1, 0, 2, 0, 0, 0, 4, 0, 2, 0, 15, 0x80, 0, 0, 0]);
for (const { host, port } of hostPorts(option('nts'))) {
  const socket = connect({
    host,
    port,
    ALPNProtocols: ['ntske/1'],
    minVersion: 'TLSv1.3',
    rejectUnauthorized: false,
  });
  let received = Buffer.alloc(0);
  socket.on('secureConnect', () => socket.write(KE_REQUEST));
  socket.on('error', () => {});
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
    let ntpHost = host;
    let ntpPort = 123;
    for (let at = 0; at + 4 <= received.length;) {
      const type = received.readUInt16BE(at) & 0x7fff;
      const length = received.readUInt16BE(at + 2);
      const body = received.subarray(at + 4, at + 4 + length);
      if (body.length < length) return; // the rest of the response is still to come
      if (type === 6) ntpHost = body.toString('ascii');
      if (type === 7) ntpPort = body.readUInt16BE(0);
      if (type === 0) {
        socket.destroy();
        return askNtp(ntpHost, ntpPort);
      }
      at += 4 + length;
    }
  });
}
for (const { host, port } of hostPorts(option('ntp'))) askNtp(host, port);
for (const { host, port } of hostPorts(option('https')))
  request({ host, port, method: 'HEAD', path: '/' }, (response) => {
    response.resume();
    answer();
  })
    .on('error', () => {})
    .end();
