export {StoryCard} from './StoryCard.js';
export type {
  StoryCardEventMap,
  StoryCardLoadDetail,
  StoryCardErrorDetail,
  StoryCardSlideChangeDetail,
} from './StoryCard.js';
export type {StorySource} from './controllers/story-source-controller.js';
export type {Story, Photo, Credit, Problem, NormalizeResult, StoryInput, PhotoInput} from './data/story.js';
export {normalizeStory, type NormalizeOptions} from './data/normalize-story.js';
export {parseCredit, splitCaptionCredit, formatCredit} from './data/credit.js';
export {checkUrl} from './data/url.js';
export {storyFromNewsroomText} from './data/newsroom-text.js';
export {storyFromArticle} from './markup/story-from-article.js';
export {decodeEntity} from './markup/html-parser.js';
export {labelsFor, type Labels} from './i18n/labels.js';
export {EMBED_SPACE_CSS} from './embed/space.js';
