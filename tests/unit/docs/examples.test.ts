/** The example policy files in docs/examples/ configure only real PostCheck settings, with valid values, for the right extension. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManaged } from '../../../utils/managed';

const CHROME_ID = 'gaipkpccmnbbmdidggkfbeccicjahcgl';
const FIREFOX_ID = 'postcheck@postcheck.example';
const read = (file: string) => readFileSync(`docs/examples/${file}`, 'utf8');
const schemaKeys = Object.keys(JSON.parse(readFileSync('public/managed_schema.json', 'utf8')).properties as object).sort();

function expectValidConfig(config: unknown) {
  const { config: parsed, problems } = parseManaged(config);
  expect(problems).toEqual([]);
  expect(Object.keys(parsed).length).toBeGreaterThan(5);
  for (const key of Object.keys(parsed)) expect(schemaKeys).toContain(key);
}

/** A .reg file's values under one key: strings, dwords, and numbered subkeys as lists. */
function regValues(text: string, keyPath: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let section = '';
  for (const line of text.split(/\r?\n/)) {
    const header = line.match(/^\[(.+)\]$/);
    if (header) {
      section = header[1]!;
      continue;
    }
    const value = line.match(/^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i);
    if (!value || !section.startsWith(keyPath)) continue;
    const parsed = value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : Number.parseInt(value[3]!, 16);
    const sub = section.slice(keyPath.length).replace(/^\\/, '');
    if (!sub) values[value[1]!] = parsed;
    else ((values[sub] ??= []) as unknown[]).push(parsed);
  }
  return values;
}

/** The managed-preferences plist as a plain object (strings, integers, booleans, arrays). */
function plistValues(text: string): Record<string, unknown> {
  const item = (xml: string): unknown => {
    if (xml.startsWith('<string>')) return xml.slice(8, -9);
    if (xml.startsWith('<integer>')) return Number(xml.slice(9, -10));
    if (xml === '<true/>') return true;
    if (xml === '<false/>') return false;
    return [...xml.matchAll(/<(string|integer)>[^<]*<\/\1>/g)].map((m) => item(m[0]));
  };
  return Object.fromEntries([...text.matchAll(/<key>([^<]+)<\/key>\s*(<array>.*?<\/array>|<(string|integer)>[^<]*<\/\3>|<true\/>|<false\/>)/gs)].map((m) => [m[1], item(m[2]!)]));
}

describe('docs/examples', () => {
  it('Linux: force-installs this extension and configures it', () => {
    const policy = JSON.parse(read('linux/postcheck.json'));
    // override_update_url: later updates from the city's server too (the manifest names none, so otherwise the Web Store).
    expect(policy.ExtensionSettings[CHROME_ID]).toMatchObject({ installation_mode: 'force_installed', update_url: expect.stringMatching(/^https:\/\//), override_update_url: true });
    expectValidConfig(policy['3rdparty'].extensions[CHROME_ID]);
  });

  it('Windows registry: the same, with lists as numbered values', () => {
    const reg = read('windows/postcheck-chrome.reg');
    const settings = JSON.parse(String(regValues(reg, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome').ExtensionSettings));
    expect(settings[CHROME_ID]).toMatchObject({ installation_mode: 'force_installed', override_update_url: true });
    const config = regValues(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
    expect(config.workDays).toEqual([1, 2, 3, 4, 5]);
    // Chrome turns REG_DWORD 0/1 into booleans where the schema says boolean.
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')).properties as Record<string, { type: string }>;
    for (const [key, value] of Object.entries(config)) if (schema[key]?.type === 'boolean') config[key] = value === 1;
    expectValidConfig(config);
  });

  it('macOS managed preferences', () => {
    expectValidConfig(plistValues(read(`macos/com.google.Chrome.extensions.${CHROME_ID}.plist`)));
  });

  it('Firefox policies.json (3rdparty "Extensions", capitalised)', () => {
    const { policies } = JSON.parse(read('firefox/policies.json'));
    expect(policies.ExtensionSettings[FIREFOX_ID].installation_mode).toBe('force_installed');
    expectValidConfig(policies['3rdparty'].Extensions[FIREFOX_ID]);
  });

  it('the self-hosting update manifest names this extension and the package version', () => {
    const xml = read('self-hosting/updates.xml');
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(xml).toContain(`appid='${CHROME_ID}'`);
    expect(xml).toContain(`version='${version}'`);
  });
});
