// Every test runs as the app does once Hindi has been fetched; tests/io/language.test.ts checks
// the fetching itself on fresh modules.
import { HINDI } from '../../src/i18n/hi/hindi';
import { addLanguage } from '../../src/i18n/languages';

addLanguage('hi', HINDI);
