// The ESM entry for bundlers: `import { createKoe } from '@koe/widget'`.
export { createKoe, type Koe, type KoeOptions } from './koe';
export type { AskOptions, KoeEventDetail, KoeEventName, WidgetSurvey } from './types';
