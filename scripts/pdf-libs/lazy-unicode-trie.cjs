// Stands in for unicode-trie: fontkit, unicode-properties and linebreak each inflate tries when they
// are loaded (~60 ms of a short run), which jixiao's plain glyph layout seldom reads. The real trie
// is built on its first lookup.
const UnicodeTrie = require('unicode-trie');

module.exports = class LazyUnicodeTrie {
  constructor(data) {
    this.source = data;
    this.trie = undefined;
  }

  real() {
    if (!this.trie) this.trie = new UnicodeTrie(this.source);
    return this.trie;
  }

  get(codePoint) {
    return this.real().get(codePoint);
  }

  get data() {
    return this.real().data;
  }

  get highStart() {
    return this.real().highStart;
  }

  get errorValue() {
    return this.real().errorValue;
  }
};
