// Entry of dist/vendor/pdf-libs.cjs (see scripts/bundle.mjs): pdfmake with its pdfkit and fontkit in
// one file, loaded by the PDF writer and by the tests alike, so that all of them see one fontkit.
module.exports = {
  pdfmake: require('pdfmake'),
  fontkit: require('fontkit'),
  pdfkitFontkit: require('./pdfkit-fontkit.cjs'),
};
