// The ESM entry for bundlers: `import { createKoe } from '@koe/widget'`.

export { explainNotes } from './explain';
export { createKoe, type Koe, type KoeOptions } from './koe';
export type { AskOptions, KoeEventDetail, KoeEventName, WidgetSurvey } from './types';
