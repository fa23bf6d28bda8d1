// What pdfkit gets when it asks for fontkit (it only calls create). jixiao replaces create with one
// that returns the font it has already parsed for the same bytes (src/render/pdf/fonts.ts).
const fontkit = require('fontkit');

module.exports = { create: fontkit.create };
