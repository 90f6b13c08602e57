// A local SMTP sink for tests: accepts every message (no TLS, no auth) and
// exposes what it received as JSON on an HTTP port:
//   GET /messages          all messages, newest last
//   GET /messages?to=x@y   messages to one recipient
// A multipart message's `text` is its first text/plain part; its attachments are
// listed as { filename, contentType, size, sha256 } (not their bytes).
// Ports: SMTP_SINK_PORT (SMTP), SMTP_SINK_HTTP_PORT (HTTP).
import crypto from "node:crypto";
import http from "node:http";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? smtpPort + 1);
const messages = [];

/** RFC 2047 encoded words in headers (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, enc, text) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    )
    .replace(/\r?\n[ \t]/g, " ");
}

/** Splits a MIME entity (a latin1 string, one char per byte) into its header block and body. */
function splitEntity(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) } : { head: raw, body: "" };
}

const header = (head, name) => new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)$`, "im").exec(head)?.[1].replace(/\r?\n[ \t]/g, " ") ?? "";

/** The body's bytes after its Content-Transfer-Encoding. */
function decodeBytes(head, body) {
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    return Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), "latin1");
  }
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64");
  return Buffer.from(body, "latin1");
}

/** A header parameter, also in RFC 2231 form (name*=utf-8''…, name*0*=…) or as RFC 2047 words. */
function param(value, name) {
  const re = new RegExp(`(?:^|;)\\s*${name}(\\*(\\d+))?(\\*)?=("([^"]*)"|[^;]*)`, "gi");
  const pieces = [];
  for (let m; (m = re.exec(value)); ) pieces.push({ i: Number(m[2] ?? 0), v: m[5] ?? m[4].trim(), encoded: Boolean(m[3]) });
  pieces.sort((a, b) => a.i - b.i);
  const bytes = pieces
    .map((p) => (p.encoded ? (p.i === 0 ? p.v.replace(/^[^']*'[^']*'/, "") : p.v).replace(/%([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))) : p.v))
    .join("");
  return decodeWords(Buffer.from(bytes, "latin1").toString("utf8"));
}

/** Walks the MIME tree: the first text/plain part is the text, parts with a file name are attachments. */
function walk(head, body, out) {
  const type = header(head, "content-type") || "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break;
      const entity = splitEntity(part.replace(/^\r?\n/, ""));
      walk(entity.head, entity.body.replace(/\r?\n$/, ""), out);
    }
    return;
  }
  const bytes = decodeBytes(head, body);
  const disposition = header(head, "content-disposition");
  const filename = param(disposition, "filename") || param(type, "name");
  if (filename || /^attachment/i.test(disposition)) {
    out.attachments.push({ filename, contentType: type.split(";")[0].trim(), size: bytes.length, sha256: crypto.createHash("sha256").update(bytes).digest("hex") });
  } else if (out.text === null && /^text\/plain/i.test(type)) {
    out.text = bytes.toString("utf8");
  }
}

function decodeMessage(raw) {
  const { head, body } = splitEntity(raw);
  const out = { text: null, attachments: [] };
  walk(head, body, out);
  return { text: out.text ?? "", attachments: out.attachments, subject: decodeWords(Buffer.from(header(head, "subject"), "latin1").toString("utf8")) };
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      // latin1 keeps one char per byte, so encoded bodies decode to their exact bytes.
      const raw = Buffer.concat(chunks).toString("latin1");
      const { text, attachments, subject } = decodeMessage(raw);
      messages.push({
        from: session.envelope.mailFrom?.address ?? null,
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        subject,
        text,
        attachments,
        receivedAt: new Date().toISOString(),
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const to = url.searchParams.get("to")?.toLowerCase();
    const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(list));
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`SMTP sink on ${smtpPort}, HTTP on ${httpPort}`));
