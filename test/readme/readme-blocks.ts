// The README's runnable blocks and the outputs it shows for them.
//
// A block to run is a ```bash fence right after `<!-- readme-test: <section> [tag…] -->`. Its
// shown output is the next fenced block when that is a ```text fence, with no heading, marker or
// other fence in between (prose is fine); a marked block without one must print nothing.
// In a shown output `…` stands for anything within a line, and a line that is only `…` for any
// number of lines (none included): ids, positions and interleaved worker events vary by run.
import { readFileSync } from 'node:fs';

export interface ReadmeBlock {
  section: string;
  tags: string[];
  /** 1-based line of the marker in README.md, for messages. */
  line: number;
  code: string;
  /** The shown output ('' when the README shows none). */
  shown: string;
}

const MARKER = /^<!--\s*readme-test:\s*([\w-]+)((?:\s+[\w-]+)*)\s*-->\s*$/;
const FENCE = /^```(\w*)\s*$/;

export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  // Reads the fence opening at `i`; returns its language, body and the line after its closing fence.
  const fenceAt = (i: number) => {
    const lang = FENCE.exec(lines[i])![1];
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README.md:${i + 1}: unclosed fence`);
    return { lang, body: lines.slice(i + 1, end).join('\n'), next: end + 1 };
  };
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    if (!FENCE.test(lines[j] ?? '') || fenceAt(j).lang !== 'bash')
      throw new Error(`README.md:${i + 1}: a readme-test marker must be followed by a \`\`\`bash block`);
    const code = fenceAt(j);
    let shown = '';
    for (let k = code.next; k < lines.length; k++) {
      if (MARKER.test(lines[k]) || /^#{1,6}\s/.test(lines[k])) break;
      if (FENCE.test(lines[k])) {
        const f = fenceAt(k);
        if (f.lang === 'text') shown = f.body;
        break;
      }
    }
    blocks.push({ section: m[1], tags: m[2].trim().split(/\s+/).filter(Boolean), line: i + 1, code: code.body, shown });
  }
  return blocks;
}

export function readReadme(path: string): ReadmeBlock[] {
  return readmeBlocks(readFileSync(path, 'utf8'));
}

/** What a user sees, without what is not the command's: npm's `> pkg script` banner and blank lines. */
export function normalizeOutput(out: string): string[] {
  return out
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !l.startsWith('> '));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The shown output as a pattern over whole lines (see the file comment for `…`). */
export function shownPattern(shown: string): RegExp {
  const lines = shown
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  const body = lines
    .map((l) => (l.trim() === '…' ? '(?:[^\\n]*\\n)*?' : `${l.split('…').map(escape).join('[^\\n]*?')}\\n`))
    .join('');
  return new RegExp(`^${body}$`);
}

export function matchesShown(actual: string, shown: string): boolean {
  const lines = normalizeOutput(actual);
  return shownPattern(shown).test(lines.length ? `${lines.join('\n')}\n` : '');
}

/** `127.0.0.1:<readme port>` → `127.0.0.1:<port in use>` for each pair: the test runs on free ports. */
export function mapPorts(text: string, ports: Record<number, number>): string {
  return text.replace(/127\.0\.0\.1:(\d+)/g, (all, p: string) =>
    ports[Number(p)] ? `127.0.0.1:${ports[Number(p)]}` : all,
  );
}
