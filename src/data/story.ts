/**
 * The story a card shows, after normalisation: every field checked, every text trimmed,
 * every URL resolved and known to be safe. The view renders this and nothing else.
 */
export interface Story {
  headline: string;
  kicker?: string;
  standfirst?: string;
  byline?: string;
  /** ISO 8601, as given (a date alone or a date and time). */
  datePublished?: string;
  /** The full story, absolute http(s). */
  url?: string;
  /** Plain-text paragraphs. */
  body: string[];
  photos: Photo[];
}

export interface Photo {
  /** Absolute http(s). */
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  /** Empty when the story gave none (the caption then describes the photo). */
  alt: string;
  caption?: string;
  credit?: Credit;
}

/** Who made a photo and who distributes it: "Catherine Ivill" and "Getty Images". */
export interface Credit {
  photographer?: string;
  agency?: string;
  license?: string;
  url?: string;
}

/** One thing wrong with the input, named by where it is: `photos[1].src`. */
export interface Problem {
  path: string;
  message: string;
}

export type NormalizeResult =
  {ok: true; story: Story; warnings: Problem[]} | {ok: false; errors: Problem[]; warnings: Problem[]};

/**
 * What partners write (see story.schema.json). Looser than {@link Story}: credits may be
 * strings, the body may be one string, `summary` may stand for `standfirst`.
 */
export interface StoryInput {
  headline: string;
  kicker?: string;
  standfirst?: string;
  summary?: string;
  byline?: string;
  datePublished?: string;
  url?: string;
  body?: string | string[];
  photos?: PhotoInput[];
}

export interface PhotoInput {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  credit?: string | Credit;
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;
