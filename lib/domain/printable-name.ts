// Which names the PDFs can print as they are. The embedded DejaVu Sans draws Latin
// (with every diacritic), Greek and Cyrillic; react-pdf and pdf-lib do no text
// shaping and no right-to-left layout, so Arabic, Hebrew, Indic scripts and the like
// would come out wrong (disconnected or reversed letters), and CJK has no glyphs.
// For such a name the signing form asks for a Latin version, which the certificate prints.
const DRAWABLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** True when the name uses only scripts the PDF draws correctly (the font is checked on the server too). */
export const scriptsPrintable = (text: string) => DRAWABLE.test(text.normalize("NFC"));
