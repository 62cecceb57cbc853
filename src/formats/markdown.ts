import type { Brief } from '../graph/brief';
import type { Localized } from '../schema/graphFile';

/** The few words a brief adds of its own, in the language it is written in. */
export interface BriefWords {
  readonly sources: string;
  readonly translation: string;
  readonly published: string;
  /** What stands for an outlet or a date the source does not give. */
  readonly noOutlet: string;
  readonly noDate: string;
}

/** Data as Markdown text: characters Markdown would read as markup are escaped. */
const md = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

/**
 * A brief as Markdown, for pasting into a report: headings, each claim followed by its quotes
 * (a block quote with the source note's number) and their English rendering, then the notes.
 */
export function briefMarkdown(brief: Brief, lang: 'en' | 'hi', words: BriefWords): string {
  const loc = (t: Localized) => (lang === 'hi' ? t.hi : t.en);
  const out: string[] = [`# ${md(loc(brief.title))}`, ''];
  if (brief.subtitle) out.push(`## ${md(loc(brief.subtitle))}`, '');
  for (const section of brief.sections) {
    if (section.title) out.push(`### ${md(loc(section.title))}`, '');
    for (const claim of section.claims) {
      out.push(md(loc(claim.text)), '');
      for (const q of claim.quotes) {
        out.push(`> ${md(q.quote)} [${q.note}]`);
        if (q.translation) out.push('>', `> ${md(words.translation)}: ${md(q.translation)}`);
        out.push('');
      }
    }
  }
  if (brief.notes.length) {
    out.push(`## ${md(words.sources)}`, '');
    for (const note of brief.notes) {
      const parts = [
        md(loc(note.title)),
        md(note.outlet ?? words.noOutlet),
        md(note.published ? `${words.published} ${note.published}` : words.noDate),
      ];
      if (note.url) parts.push(`<${note.url}>`);
      out.push(`${note.n}. ${parts.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
