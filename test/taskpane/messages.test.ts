import { strict as assert } from 'node:assert';
import { CATALOGUES, languageFor, setLanguage, t } from '../../src/taskpane/i18n/messages';
import { settingsFrom } from '../../src/taskpane/settings';

describe('task pane message catalogue', () => {
  afterEach(() => setLanguage('en'));

  it('has every key in both languages, none empty, with the same {parameters}', () => {
    const en = CATALOGUES.en;
    const zh = CATALOGUES['zh-CN'];
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      assert.ok(en[key].trim() !== '' && zh[key].trim() !== '', key);
      assert.deepEqual(params(zh[key]), params(en[key]), `${key} parameters`);
    }
  });

  it('speaks Chinese for the Chinese display languages the manifest overrides, unless the setting overrides it', () => {
    // Exactly the manifest's locales (test/manifest holds the two lists equal): Simplified and Traditional Chinese users
    // alike get Chinese everywhere — ribbon, function help, messages, pane — never a mix.
    for (const locale of ['zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO', 'ZH-tw']) assert.equal(languageFor(locale), 'zh-CN', locale);
    // A tag Office does not report and the manifest does not override stays English throughout.
    for (const locale of ['zh', 'zh-Hans', 'zh-Hant-TW', 'en-US']) assert.equal(languageFor(locale), 'en', locale);
    assert.equal(languageFor('en-GB'), 'en');
    assert.equal(languageFor(undefined), 'en');
    assert.equal(languageFor('zh-CN', 'en'), 'en');
    assert.equal(languageFor('en-US', 'zh-CN'), 'zh-CN');
    assert.equal(languageFor('zh-CN', 'auto'), 'zh-CN');
    // A setting the pane does not offer (zh-TW from a crafted file) follows the display language in both bundles (issue 23).
    assert.equal(languageFor('en-US', 'zh-TW'), 'en');
    assert.equal(settingsFrom({ language: 'zh-TW' as never }).language, 'auto');
    assert.equal(languageFor('zh-TW', 'fr'), 'zh-CN');
  });

  it('fills parameters in the language chosen', () => {
    assert.equal(t('qc.gases', { gases: 'CO2, CF4' }), 'Gases counted: CO2, CF4. ');
    setLanguage('zh-CN');
    assert.equal(t('qc.gases', { gases: 'CO2, CF4' }), '计入的气体：CO2, CF4。');
  });
});
