// Every test runs as the app does once Hindi and the features' English have been fetched;
// tests/io/language.test.ts and tests/i18n/featureText.test.ts check the fetching itself on
// fresh modules.
import { FEATURES_EN } from '../../src/i18n/featureStrings';
import { HINDI } from '../../src/i18n/hi/hindi';
import { addLanguage } from '../../src/i18n/languages';
import { addMessages } from '../../src/i18n/strings';

addLanguage('hi', HINDI);
addMessages('en', FEATURES_EN);
