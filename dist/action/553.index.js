export const id = 553;
export const ids = [553];
export const modules = {

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FieldType: () => (/* binding */ FieldType),
  MAX_NTS_PACKET_BYTES: () => (/* binding */ MAX_NTS_PACKET_BYTES),
  NONCE_BYTES: () => (/* binding */ NONCE_BYTES),
  UNIQUE_ID_BYTES: () => (/* binding */ UNIQUE_ID_BYTES),
  checkNtsReply: () => (/* binding */ checkNtsReply),
  concatBytes: () => (/* binding */ concatBytes),
  cookiesToRequest: () => (/* binding */ cookiesToRequest),
  encodeExtensionField: () => (/* binding */ encodeExtensionField),
  encodeNtsReply: () => (/* binding */ encodeNtsReply),
  encodeNtsRequest: () => (/* binding */ encodeNtsRequest),
  openAuthenticator: () => (/* binding */ openAuthenticator),
  parseExtensionFields: () => (/* binding */ parseExtensionFields),
  sealAuthenticator: () => (/* binding */ sealAuthenticator)
});

// EXTERNAL MODULE: ./src/protocol/ntp/packet.ts
var packet = __webpack_require__(3425);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/protocol/nts/aes-siv.ts
/**
 * AEAD_AES_SIV_CMAC_256 (RFC 5297 \u00a72.6, \u00a72.7), the AEAD that NTS uses (RFC 8915 \u00a75.6), on node:crypto's
 * AES-128. No I/O.
 *
 * Why this is written here and not taken from a library: node:crypto has no SIV mode and no CMAC
 * (`createCipheriv('aes-128-siv', \u2026)` is an unknown cipher even on OpenSSL 3), and @noble/ciphers, which
 * did this before, builds 65,536-entry AES tables when it is loaded: 25-30 ms of CPU on every run that asks
 * an NTS server, on the one thread that time-stamps the replies. Only the mode is written here: S2V over
 * CMAC (RFC 4493) and the counter-mode step, about forty lines of the RFC. Every AES block is OpenSSL's
 * (AES-NI where the CPU has it, constant time, unlike table-based AES in JavaScript). The tag is compared in
 * constant time. It is checked against RFC 5297's test vectors, and against @noble/ciphers (kept for the
 * tests) on random keys, associated data and plaintexts.
 */

const BLOCK = 16;
/** The key: two AES-128 keys, K1 for S2V, K2 for counter mode (RFC 5297 \u00a72.6). */
const SIV_KEY_BYTES = 32;
/** The synthetic IV that leads the ciphertext and is its tag. */
const SIV_TAG_BYTES = BLOCK;
const ZERO_BLOCK = new Uint8Array(BLOCK);
/** Multiplication by x in GF(2^128) (RFC 5297 \u00a72.3, RFC 4493's subkey step), without a secret branch. */
function dbl(block) {
    const out = new Uint8Array(BLOCK);
    for (let i = 0; i < BLOCK - 1; i++)
        out[i] = ((block[i] << 1) | (block[i + 1] >>> 7)) & 0xff;
    out[BLOCK - 1] = ((block[BLOCK - 1] << 1) & 0xff) ^ (0x87 & -(block[0] >>> 7));
    return out;
}
function xorInto(target, other, at = 0) {
    for (let i = 0; i < other.length; i++)
        target[at + i] ^= other[i];
    return target;
}
/** AES-CMAC (RFC 4493) with one key: its subkeys are derived once. */
function cmacWith(key) {
    const ecb = (0,external_node_crypto_.createCipheriv)('aes-128-ecb', key, null);
    ecb.setAutoPadding(false);
    const k1 = dbl(ecb.update(ZERO_BLOCK));
    const k2 = dbl(k1);
    return (message) => {
        const blocks = Math.max(1, Math.ceil(message.length / BLOCK));
        const complete = message.length > 0 && message.length % BLOCK === 0;
        const padded = new Uint8Array(blocks * BLOCK);
        padded.set(message);
        if (!complete)
            padded[message.length] = 0x80;
        xorInto(padded, complete ? k1 : k2, (blocks - 1) * BLOCK);
        // CBC-MAC: the last block of CBC encryption under a zero IV.
        const cbc = (0,external_node_crypto_.createCipheriv)('aes-128-cbc', key, ZERO_BLOCK);
        cbc.setAutoPadding(false);
        const out = cbc.update(padded);
        return new Uint8Array(out.subarray(out.length - BLOCK));
    };
}
/** S2V (RFC 5297 \u00a72.4) of the associated data components and then the plaintext. */
function s2v(key, associated, plaintext) {
    const cmac = cmacWith(key);
    let d = cmac(ZERO_BLOCK);
    for (const part of associated)
        d = xorInto(dbl(d), cmac(part));
    let t;
    if (plaintext.length >= BLOCK) {
        t = Uint8Array.from(plaintext);
        xorInto(t, d, plaintext.length - BLOCK);
    }
    else {
        t = dbl(d);
        const padded = new Uint8Array(BLOCK);
        padded.set(plaintext);
        padded[plaintext.length] = 0x80;
        xorInto(t, padded);
    }
    return cmac(t);
}
/** Counter mode from the synthetic IV with bits 31 and 63 (from the right) cleared (RFC 5297 \u00a72.5). */
function ctr(key, iv, data) {
    const counter = Uint8Array.from(iv);
    counter[8] &= 0x7f;
    counter[12] &= 0x7f;
    return new Uint8Array((0,external_node_crypto_.createCipheriv)('aes-128-ctr', key, counter).update(data));
}
function splitKey(key) {
    if (key.length !== SIV_KEY_BYTES)
        throw new RangeError(`AES-SIV-CMAC-256 needs a ${SIV_KEY_BYTES}-byte key, not ${key.length} bytes`);
    return { macKey: key.subarray(0, BLOCK), ctrKey: key.subarray(BLOCK) };
}
/** The synthetic IV followed by the ciphertext (RFC 5297 \u00a72.6). */
function sivSeal(key, associated, plaintext) {
    const { macKey, ctrKey } = splitKey(key);
    const iv = s2v(macKey, associated, plaintext);
    const out = new Uint8Array(SIV_TAG_BYTES + plaintext.length);
    out.set(iv);
    out.set(ctr(ctrKey, iv, plaintext), SIV_TAG_BYTES);
    return out;
}
/** The plaintext, or undefined when the ciphertext does not verify under this key and data (\u00a72.7). */
function sivOpen(key, associated, sealed) {
    const { macKey, ctrKey } = splitKey(key);
    if (sealed.length < SIV_TAG_BYTES)
        return undefined;
    const iv = sealed.subarray(0, SIV_TAG_BYTES);
    const plaintext = ctr(ctrKey, iv, sealed.subarray(SIV_TAG_BYTES));
    return (0,external_node_crypto_.timingSafeEqual)(s2v(macKey, associated, plaintext), iv) ? plaintext : undefined;
}

// EXTERNAL MODULE: ./src/protocol/nts/ke.ts
var ke = __webpack_require__(2434);
;// CONCATENATED MODULE: ./src/protocol/nts/extensions.ts
/**
 * NTS extension fields in NTP packets (RFC 8915 \u00a75, framing of RFC 7822): build an authenticated client
 * request, and authenticate, decrypt and judge a server's reply. No I/O here. The AEAD is
 * AEAD_AES_SIV_CMAC_256 (aes-siv.ts: the RFC 5297 mode over node:crypto's AES).
 *
 * Parsing is bounded and never throws: a reply is bytes from anyone on the path until it authenticates.
 */



const FieldType = {
    UniqueIdentifier: 0x0104,
    NtsCookie: 0x0204,
    CookiePlaceholder: 0x0304,
    Authenticator: 0x0404,
};
const UNIQUE_ID_BYTES = 32;
const NONCE_BYTES = 16;
/** RFC 7822: an extension field is at least 16 bytes long and a multiple of 4. */
const MIN_FIELD_BYTES = 16;
/** RFC 8915 \u00a75.6: the nonce area is at least 16 bytes (padding included) for AES-SIV. */
const MIN_NONCE_AREA_BYTES = 16;
/** chrony's MAX_TOTAL_COOKIE_LENGTH: cookies and placeholders stay under this, so no IP fragmentation. */
const MAX_TOTAL_COOKIE_BYTES = 8 * 108;
/** Largest NTP packet we accept (chrony's NTP_MAX_EXTENSIONS_LENGTH + header, rounded). */
const MAX_NTS_PACKET_BYTES = 1500;
function padded(n) {
    return (n + 3) & ~3;
}
/** One field: type, length, body, zero padding to a multiple of 4 and to at least `minLength`. */
function encodeExtensionField(type, body, minLength = MIN_FIELD_BYTES) {
    const length = Math.max(padded(4 + body.length), padded(minLength));
    if (length > 0xffff)
        throw new RangeError('extension field over 65535 bytes');
    const bytes = new Uint8Array(length);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, type);
    view.setUint16(2, length);
    bytes.set(body, 4);
    return bytes;
}
function concatBytes(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/**
 * The NTS Authenticator and Encrypted Extension Fields field (RFC 8915 \u00a75.6) for a packet whose bytes so
 * far are `associated`: nonce and ciphertext lengths, the nonce, AES-SIV(key, associated data, nonce,
 * plaintext) where plaintext is the encrypted extension fields (none in a client request).
 */
function sealAuthenticator(associated, key, nonce, plaintext = new Uint8Array(0)) {
    const ciphertext = sivSeal(key, [associated, nonce], plaintext);
    const nonceArea = Math.max(padded(nonce.length), MIN_NONCE_AREA_BYTES);
    const body = new Uint8Array(4 + nonceArea + padded(ciphertext.length));
    const view = new DataView(body.buffer);
    view.setUint16(0, nonce.length);
    view.setUint16(2, ciphertext.length);
    body.set(nonce, 4);
    body.set(ciphertext, 4 + padded(nonce.length));
    return encodeExtensionField(FieldType.Authenticator, body);
}
/** How many new cookies to ask for: refill to 8, within the size budget (chrony's NNC_GenerateRequestAuth). */
function cookiesToRequest(cookieBytes, cookiesLeft) {
    return Math.max(1, Math.min(ke/* MAX_COOKIES */.l4 - cookiesLeft, Math.floor(MAX_TOTAL_COOKIE_BYTES / (cookieBytes + 4))));
}
/** A client request: the NTP header, Unique Identifier, cookie, placeholders, authenticator. */
function encodeNtsRequest(p) {
    const placeholders = cookiesToRequest(p.cookie.length, p.cookiesLeft) - 1;
    const fields = [
        (0,packet/* encodeClientRequest */.vH)(p.origin),
        encodeExtensionField(FieldType.UniqueIdentifier, p.uniqueId),
        encodeExtensionField(FieldType.NtsCookie, p.cookie),
    ];
    for (let i = 0; i < placeholders; i++) {
        fields.push(encodeExtensionField(FieldType.CookiePlaceholder, new Uint8Array(p.cookie.length)));
    }
    const associated = concatBytes(...fields);
    return concatBytes(associated, sealAuthenticator(associated, p.c2sKey, p.nonce));
}
/**
 * Splits `bytes[start..]` into extension fields that fill it exactly: each at least `minLength` bytes, a
 * multiple of 4, inside the buffer. A trailing legacy MAC is not expected in NTS and is refused.
 */
function parseExtensionFields(bytes, start, minLength = MIN_FIELD_BYTES) {
    const fields = [];
    let at = start;
    while (at < bytes.length) {
        if (bytes.length - at < 4)
            return { ok: false, reason: `${bytes.length - at} stray bytes after the extension fields` };
        const type = (bytes[at] << 8) | bytes[at + 1];
        const length = (bytes[at + 2] << 8) | bytes[at + 3];
        if (length < minLength || length % 4 !== 0) {
            return {
                ok: false,
                reason: `extension field 0x${type.toString(16).padStart(4, '0')} has invalid length ${length}`,
            };
        }
        if (at + length > bytes.length) {
            return {
                ok: false,
                reason: `extension field 0x${type.toString(16).padStart(4, '0')} runs past the end of the packet`,
            };
        }
        fields.push({ type, start: at, length, body: bytes.subarray(at + 4, at + length) });
        at += length;
    }
    return { ok: true, fields };
}
/** Checks the authenticator's framing (chrony's NNA_DecryptAuthEF) and opens it with the S2C key. */
function openAuthenticator(packet, field, key) {
    const body = field.body;
    if (body.length < 4)
        return { ok: false, reason: 'NTS authenticator too short' };
    const nonceLength = (body[0] << 8) | body[1];
    const ciphertextLength = (body[2] << 8) | body[3];
    if (nonceLength < 1 || ciphertextLength < SIV_TAG_BYTES) {
        return {
            ok: false,
            reason: `NTS authenticator with nonce ${nonceLength} and ciphertext ${ciphertextLength} bytes`,
        };
    }
    if (4 + Math.max(padded(nonceLength), MIN_NONCE_AREA_BYTES) + padded(ciphertextLength) > body.length) {
        return { ok: false, reason: 'NTS authenticator lengths do not fit the field' };
    }
    const nonce = body.subarray(4, 4 + nonceLength);
    const ciphertext = body.subarray(4 + padded(nonceLength), 4 + padded(nonceLength) + ciphertextLength);
    if (key.length !== SIV_KEY_BYTES)
        return { ok: false, reason: `S2C key of ${key.length} bytes` };
    const plaintext = sivOpen(key, [packet.subarray(0, field.start), nonce], ciphertext);
    return plaintext
        ? { ok: true, plaintext }
        : { ok: false, reason: 'NTS authenticator does not verify (forged or altered reply, or wrong key)' };
}
function equalBytes(a, b) {
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++)
        diff |= a[i] ^ b[i];
    return diff === 0;
}
const NTS_NAK = [0x4e, 0x54, 0x53, 0x4e]; // 'NTSN'
/**
 * Judges the NTS part of a reply (after chrony's NNC_CheckResponseAuth): the fields must parse, our
 * Unique Identifier must be echoed, the authenticator must be the last field and verify with the S2C
 * key over the header and every field before it, and the encrypted fields must hold at least one usable
 * cookie. The NTP header's own tests (origin, stratum, \u2026) are checkReply's job, on the same bytes.
 */
function checkNtsReply(bytes, uniqueId, s2cKey) {
    if (bytes.length < packet/* NTP_PACKET_BYTES */.wA)
        return { kind: 'rejected', code: 'invalid', reason: `short packet (${bytes.length} bytes)` };
    if (bytes.length > MAX_NTS_PACKET_BYTES)
        return { kind: 'rejected', code: 'invalid', reason: `packet of ${bytes.length} bytes is too long` };
    if (s2cKey.length !== ke/* AEAD_KEY_BYTES */.CR)
        return { kind: 'rejected', code: 'invalid', reason: 'no S2C key' };
    if (bytes.length === packet/* NTP_PACKET_BYTES */.wA)
        return {
            kind: 'rejected',
            code: 'invalid',
            reason: 'reply has no NTS extension fields (not authenticated)',
        };
    if (((bytes[0] >> 3) & 7) !== 4)
        return { kind: 'rejected', code: 'invalid', reason: 'extension fields in a packet that is not NTPv4' };
    const parsed = parseExtensionFields(bytes, packet/* NTP_PACKET_BYTES */.wA);
    if (!parsed.ok)
        return { kind: 'rejected', code: 'invalid', reason: parsed.reason };
    let uniqueIdSeen = false;
    let plaintext;
    for (const field of parsed.fields) {
        if (field.type === FieldType.UniqueIdentifier) {
            if (!equalBytes(field.body, uniqueId)) {
                return {
                    kind: 'rejected',
                    code: 'unique-id-mismatch',
                    reason: 'Unique Identifier does not match our request (stale, replayed or forged reply)',
                };
            }
            uniqueIdSeen = true;
        }
        else if (field.type === FieldType.Authenticator) {
            if (field.start + field.length !== bytes.length) {
                return {
                    kind: 'rejected',
                    code: 'invalid',
                    reason: 'NTS authenticator is not the last extension field',
                };
            }
            const opened = openAuthenticator(bytes, field, s2cKey);
            if (!opened.ok)
                return { kind: 'rejected', code: 'invalid', reason: opened.reason };
            plaintext = opened.plaintext;
        }
        // Unencrypted cookies and unknown fields are ignored, as RFC 7822 asks for unknown fields.
    }
    if (!uniqueIdSeen)
        return { kind: 'rejected', code: 'invalid', reason: 'reply does not echo our Unique Identifier' };
    if (!plaintext) {
        // The NAK is unauthenticated by nature; echoing our identifier shows it answers this request.
        const isNak = bytes[1] === 0 && NTS_NAK.every((b, i) => bytes[12 + i] === b);
        return isNak
            ? { kind: 'nak' }
            : { kind: 'rejected', code: 'invalid', reason: 'reply has no NTS authenticator (not authenticated)' };
    }
    const inner = parseExtensionFields(plaintext, 0, 4);
    if (!inner.ok)
        return { kind: 'rejected', code: 'invalid', reason: `encrypted fields: ${inner.reason}` };
    const cookies = inner.fields
        .filter((f) => f.type === FieldType.NtsCookie && f.length >= MIN_FIELD_BYTES)
        .map((f) => f.body.slice())
        .filter((c) => c.length >= ke/* MIN_COOKIE_BYTES */.ih && c.length <= ke/* MAX_COOKIE_BYTES */.I7);
    if (cookies.length === 0)
        return { kind: 'rejected', code: 'invalid', reason: 'authenticated reply carries no new cookie' };
    return { kind: 'authentic', cookies };
}
/** For tests and test servers: a reply's NTS part, given the header and the keys. */
function encodeNtsReply(header, uniqueId, cookies, s2cKey, nonce) {
    const associated = concatBytes(header, encodeExtensionField(FieldType.UniqueIdentifier, uniqueId));
    const plaintext = concatBytes(...cookies.map((c) => encodeExtensionField(FieldType.NtsCookie, c)));
    return concatBytes(associated, sealAuthenticator(associated, s2cKey, nonce, plaintext));
}


/***/ })

};

//# sourceMappingURL=553.index.js.map