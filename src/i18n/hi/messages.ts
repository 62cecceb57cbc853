import type { Messages } from '../strings';
import { analysisHi } from './analysis';
import { baseHi } from './base';
import { editHi } from './edit';
import { guideHi } from './guide';
import { panelHi } from './panel';
import { screenHi } from './screen';
import { shellHi } from './shell';
import { sourceHi } from './source';
import { storyHi } from './story';
import { timeHi } from './time';

/** Every message in Hindi: the type asks for every English key. */
export const hiMessages: Messages = {
  ...analysisHi,
  ...screenHi,
  ...shellHi,
  ...guideHi,
  ...panelHi,
  ...editHi,
  ...sourceHi,
  ...storyHi,
  ...timeHi,
  ...baseHi,
};
