/** The corpus as loaded from files: articles made of numbered paragraphs, plus the files that could not be used. */

/** What a paragraph is on the page; all kinds are numbered alike. */
export type ParagraphKind = 'text' | 'bullet' | 'subhead';

export interface Paragraph {
  /** 1-based position in the article body: a contract, citations use it. */
  n: number;
  /** The paragraph's text, whitespace collapsed, list markers removed, otherwise verbatim. */
  text: string;
  kind: ParagraphKind;
}

export interface Article {
  /** Stable id: the file name without its extension. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  source: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  authors: string[];
  paragraphs: Paragraph[];
  /** sha256 of the file's bytes, for change detection and caching. */
  hash: string;
}

/** A file skipped while loading, and why. */
export interface LoadProblem {
  file: string;
  reason: string;
}

export interface Corpus {
  /** Absolute path of the folder it was read from. */
  dir: string;
  articles: Article[];
  problems: LoadProblem[];
}

/** Where a passage comes from: the contract every answer's claims carry. */
export interface Citation {
  article: string;
  title: string;
  source: string | null;
  /** A link to the passage (URL text fragment) when the article has a URL. */
  url: string | null;
  published: string | null;
  paragraph: number;
}
