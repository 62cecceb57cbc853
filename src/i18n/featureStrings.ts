import { analysisEn } from './analysisStrings';
import { editEn } from './editStrings';
import { panelEn } from './panelStrings';
import { sourceEn } from './sourceStrings';
import { storyEn } from './storyStrings';
import { timeEn } from './timeStrings';

/** The English of the features' own panels and forms, fetched with their code. */
export const FEATURES_EN = {
  ...panelEn,
  ...analysisEn,
  ...editEn,
  ...sourceEn,
  ...storyEn,
  ...timeEn,
};
