// Finds the mails the server sent: in the SMTP sink's Maildir when the server
// was given SMTP_URL and the tests PORTAL_TEST_MAILDIR, otherwise as .eml
// files in the server's outbox folder. Bodies are decoded (base64,
// quoted-printable, multipart) before searching, so the test does not depend
// on the transfer encoding the mailer chose.
import fs from 'node:fs';
import path from 'node:path';

/** Where this run's mails land, and how to describe it in a failure. */
export function mailLocation(): { dir: string; description: string } {
  const maildir = process.env.PORTAL_TEST_MAILDIR;
  if (maildir && process.env.SMTP_URL) {
    return { dir: path.join(maildir, 'new'), description: `SMTP sink Maildir ${maildir}/new/` };
  }
  const dataDir = process.env.PORTAL_E2E_DATA_DIR;
  if (!dataDir) throw new Error('PORTAL_E2E_DATA_DIR is not set (playwright.config sets it)');
  return { dir: path.join(dataDir, 'outbox'), description: `outbox ${dataDir}/outbox/ (.eml files)` };
}

/** A received or written message, raw and with its text parts decoded. */
export interface Mail {
  file: string;
  raw: string;
  /** Raw message followed by every decoded part and decoded header. */
  text: string;
}

function listFiles(dir: string, onlyEml: boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, onlyEml));
    else if (!onlyEml || entry.name.endsWith('.eml')) out.push(full);
  }
  return out;
}

/** Every message currently in this run's mail location. */
export function readMails(): Mail[] {
  const { dir } = mailLocation();
  const onlyEml = !(process.env.PORTAL_TEST_MAILDIR && process.env.SMTP_URL);
  return listFiles(dir, onlyEml).map((file) => {
    const raw = fs.readFileSync(file, 'latin1');
    return { file, raw, text: raw + '\n' + decodeMessage(raw) };
  });
}

/** Waits up to `timeoutMs` for the messages containing `needle`; [] if none came. */
export async function waitForMails(needle: string, timeoutMs = 15_000): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readMails().filter((m) => m.text.includes(needle));
    if (found.length || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The value of header `name` (unfolded), or ''. */
export function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(name.toLowerCase() + ':'));
  return line ? decodeWords(line.slice(name.length + 1).trim()) : '';
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, enc, data) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(decodeQp(data.replace(/_/g, ' ')), 'latin1').toString('utf8'),
  );
}

function decodeQp(body: string): string {
  return body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes a MIME entity (headers + body) into readable text. */
function decodeMessage(entity: string): string {
  const split = entity.search(/\r?\n\r?\n/);
  const head = split < 0 ? entity : entity.slice(0, split);
  const body = split < 0 ? '' : entity.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const get = (n: string) => headers.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(n + ':')) ?? '';
  const contentType = get('content-type');
  const encoding = get('content-transfer-encoding').split(':')[1]?.trim().toLowerCase() ?? '';
  const decodedHeaders = decodeWords(headers);
  const boundary = contentType.match(/boundary="?([^";]+)"?/i)?.[1];
  if (boundary) {
    const parts = body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--'));
    return decodedHeaders + '\n' + parts.map((p) => decodeMessage(p.replace(/^\r?\n/, ''))).join('\n');
  }
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = Buffer.from(decodeQp(body), 'latin1').toString('utf8');
  return decodedHeaders + '\n' + text;
}
