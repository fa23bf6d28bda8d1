// Stands in for unicode-trie: fontkit, unicode-properties and linebreak build tries from compressed
// data when they are loaded, and unicode-trie inflates it in JavaScript (~60 ms of a short run).
// Node's zlib inflates the same raw deflate streams natively; the trie itself is unicode-trie's.
const { inflateRawSync } = require('node:zlib');
const { endianness } = require('node:os');
const UnicodeTrie = require('unicode-trie');

/** unicode-trie's binary format: highStart, errorValue, length (little-endian), then data deflated twice. */
function unpack(packed) {
  const head = new DataView(packed.buffer, packed.byteOffset, 12);
  const bytes = inflateRawSync(inflateRawSync(packed.subarray(12)));
  const data = new Uint32Array(bytes.byteLength / 4);
  const le = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (endianness() === 'LE') new Uint8Array(data.buffer).set(bytes);
  else for (let i = 0; i < data.length; i++) data[i] = le.getUint32(i * 4, true);
  return { data, highStart: head.getUint32(0, true), errorValue: head.getUint32(4, true) };
}

module.exports = class NativelyInflatedTrie extends UnicodeTrie {
  constructor(data) {
    super(data instanceof Uint8Array ? unpack(data) : data);
  }
};
