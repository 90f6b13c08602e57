import { scriptsPrintable } from "@/lib/domain/printable-name";
import { fontCovers } from "./fonts";

/** The PDF prints `text` correctly: a script without shaping/RTL needs, and a glyph for every character. */
export const printableInPdf = (text: string) => scriptsPrintable(text) && fontCovers(text.normalize("NFC"));
