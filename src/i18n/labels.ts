/**
 * Every word the card itself says (not the story's), in English, Japanese and Russian.
 * `{n}`, `{count}` and `{headline}` are filled in. A card speaks the language of the
 * nearest `lang` attribute around it; its `labels` property or attribute overrides any.
 */
export interface Labels {
  previous: string;
  next: string;
  start: string;
  stop: string;
  /** Announced after a change: "Photo 2 of 3". */
  position: string;
  /** Each slide's name: "2 of 3". */
  slide: string;
  /** The slideshow's name. */
  photos: string;
  fullScreenPhotos: string;
  /** Each dot and thumbnail. */
  dot: string;
  expand: string;
  close: string;
  /** Before each credit. */
  credit: string;
  unavailable: string;
  readMore: string;
  continueReading: string;
  showLess: string;
  loading: string;
  error: string;
  retry: string;
}

const en: Labels = {
  previous: 'Previous photo',
  next: 'Next photo',
  start: 'Start automatic slide show',
  stop: 'Stop automatic slide show',
  position: 'Photo {n} of {count}',
  slide: '{n} of {count}',
  photos: 'Photos: {headline}',
  fullScreenPhotos: 'Full-screen photos: {headline}',
  dot: 'Photo {n}',
  expand: 'View photos full screen',
  close: 'Close full screen view',
  credit: 'Photo:',
  unavailable: 'Photo unavailable',
  readMore: 'Read the full story',
  continueReading: 'Continue reading',
  showLess: 'Show less',
  loading: 'Loading story…',
  error: 'This story can’t be shown.',
  retry: 'Try again',
};

const ja: Labels = {
  previous: '前の写真',
  next: '次の写真',
  start: 'スライドショーの自動再生を開始',
  stop: 'スライドショーの自動再生を停止',
  position: '写真 {n} / {count}',
  slide: '{n} / {count}',
  photos: '写真: {headline}',
  fullScreenPhotos: '全画面の写真: {headline}',
  dot: '写真 {n}',
  expand: '写真を全画面で表示',
  close: '全画面表示を閉じる',
  credit: '写真:',
  unavailable: '写真を表示できません',
  readMore: '記事の全文を読む',
  continueReading: '続きを読む',
  showLess: '折りたたむ',
  loading: '記事を読み込んでいます…',
  error: 'この記事を表示できません。',
  retry: '再試行',
};

const ru: Labels = {
  previous: 'Предыдущее фото',
  next: 'Следующее фото',
  start: 'Запустить автоматический показ',
  stop: 'Остановить автоматический показ',
  position: 'Фото {n} из {count}',
  slide: '{n} из {count}',
  photos: 'Фотографии: {headline}',
  fullScreenPhotos: 'Фотографии на весь экран: {headline}',
  dot: 'Фото {n}',
  expand: 'Открыть фотографии на весь экран',
  close: 'Закрыть полноэкранный просмотр',
  credit: 'Фото:',
  unavailable: 'Фото недоступно',
  readMore: 'Читать полностью',
  continueReading: 'Читать дальше',
  showLess: 'Свернуть',
  loading: 'Материал загружается…',
  error: 'Не удалось показать материал.',
  retry: 'Повторить',
};

const BUILT_IN: Record<string, Labels> = {en, ja, ru};

/** The labels for a BCP 47 language tag (`ja-JP` speaks Japanese), English for any other, with overrides on top. */
export function labelsFor(lang: string | undefined, overrides?: Partial<Labels>): Labels {
  return {...(BUILT_IN[(lang ?? '').toLowerCase().split('-')[0]] ?? en), ...overrides};
}

/** Fills a label's `{n}`, `{count}` and `{headline}`. */
export const fill = (label: string, values: Record<string, string | number>) =>
  label.replace(/\{(\w+)\}/g, (whole, name) => String(values[name] ?? whole));
