/**
 * A run whose DNS server never answers: a wrapper for runNode that starts the command in a mount and
 * network namespace of its own (`unshare -m -n`), with resolv.conf bound to one naming 127.0.0.1 (long
 * timeouts, as a misconfigured runner might have: getaddrinfo would wait 90 s) and a UDP socket on
 * 127.0.0.1:53 that reads every query and answers none. Nothing in the namespace reaches outside it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A DNS server that answers its first `refused` queries REFUSED (rcode 5, the question echoed) and then
 * none: c-ares's A and AAAA queries fail at once, and whatever asks next waits for ever.
 */
const REFUSE_THEN_SILENCE = (refused: number) =>
  `let n=0;const s=require('dgram').createSocket('udp4');s.on('message',(q,r)=>{if(n++>=${refused})return;` +
  `const a=Buffer.from(q);a[2]=0x81|(q[2]&0x01);a[3]=0x85;a.writeUInt16BE(0,6);a.writeUInt16BE(0,8);` +
  `a.writeUInt16BE(0,10);s.send(a,r.port,r.address)});s.bind(53,'127.0.0.1',()=>console.log('bound'))`;

/**
 * The wrapper argv; `dir` is a scratch directory the test owns. With `refused`, the server answers that many
 * queries REFUSED before it goes silent.
 */
export function blackholeDnsWrapper(dir: string, options: { refused?: number } = {}): string[] {
  const resolv = join(dir, 'resolv.conf');
  writeFileSync(resolv, 'nameserver 127.0.0.1\noptions timeout:30 attempts:3\n');
  const script = join(dir, 'blackhole-dns.sh');
  writeFileSync(
    script,
    [
      'resolv=$1; shift',
      'rm -f "$resolv.bound"',
      'ip link set lo up',
      'mount --bind "$resolv" /etc/resolv.conf',
      // A DNS "server" that reads every query and answers none.
      `"${process.execPath}" -e "${
        options.refused
          ? REFUSE_THEN_SILENCE(options.refused)
          : "require('dgram').createSocket('udp4').on('message',()=>{}).bind(53,'127.0.0.1',()=>console.log('bound'))"
      }" > "$resolv.bound" 2>&1 &`,
      'dns=$!',
      'for i in $(seq 50); do [ -s "$resolv.bound" ] && break; sleep 0.1; done',
      '"$@"; rc=$?',
      'kill $dns',
      'exit $rc',
    ].join('\n'),
  );
  return ['unshare', '-m', '-n', 'sh', script, resolv];
}
