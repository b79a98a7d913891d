/**
 * The files IT needs to self-host PostCheck, written for the city's own
 * extension id: the update manifest its server publishes beside the CRX, and
 * the policies that force-install and configure the extension on Chromium,
 * Chrome, Edge and Firefox. Text only; the command writes them.
 */

/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings.gecko.id): fixed, not derived from a key. */
export const FIREFOX_ADDON_ID = 'postcheck@postcheck.example';

/** What IT sets for PostCheck itself: keys of the managed configuration (public/managed_schema.json), checked by managed-settings.ts. */
export type ManagedSettings = Record<string, unknown>;

export interface Hosting {
  /** The extension id derived from the city's packing key. */
  id: string;
  /** The folder on the city's web server that holds the CRX and updates.xml, ending in "/". */
  baseUrl: string;
}

export const crxFileName = (version: string) => `postcheck-${version}.crx`;
export const UPDATE_MANIFEST = 'updates.xml';
export const XPI_FILE = 'postcheck.xpi';

/** Where IT's server publishes the files, or why that address will not do (https only, except this machine for testing). */
export function baseUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not an address (give one like https://it.springfield.gov/postcheck/)`;
  }
  const loopback = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback)) return null;
  return `${url} is not an https:// address; browsers must fetch the extension over https (http only on 127.0.0.1, for testing)`;
}

/** The address with exactly one trailing slash, so file names can be appended. */
export const asFolder = (url: string) => (url.endsWith('/') ? url : `${url}/`);

const xmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/** The update manifest Chromium reads at update_url: which version of this id is current, and where its CRX is. */
export function updateManifest(hosting: Hosting, version: string): string {
  const codebase = `${asFolder(hosting.baseUrl)}${crxFileName(version)}`;
  return `<?xml version='1.0' encoding='UTF-8'?>
<!-- Served at ${xmlAttribute(asFolder(hosting.baseUrl))}${UPDATE_MANIFEST}, the update_url of the ExtensionSettings policy. Written by "postcheck pack-extension" for each release. -->
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlAttribute(hosting.id)}'>
    <updatecheck codebase='${xmlAttribute(codebase)}' version='${xmlAttribute(version)}' />
  </app>
</gupdate>
`;
}

/**
 * The ExtensionSettings policy's value: force-install this id from the city's
 * update manifest. override_update_url keeps later updates coming from there
 * too (PostCheck's manifest names no update server, so otherwise the browser
 * would look for updates in the Web Store).
 */
export function extensionSettings(hosting: Hosting): Record<string, unknown> {
  return {
    [hosting.id]: {
      installation_mode: 'force_installed',
      update_url: `${asFolder(hosting.baseUrl)}${UPDATE_MANIFEST}`,
      override_update_url: true,
      toolbar_pin: 'force_pinned',
    },
  };
}

/** One Linux policy file (/etc/chromium/policies/managed/, /etc/opt/chrome/policies/managed/): install and configure. */
export function chromiumPolicy(hosting: Hosting, settings: ManagedSettings): Record<string, unknown> {
  return { ExtensionSettings: extensionSettings(hosting), '3rdparty': { extensions: { [hosting.id]: settings } } };
}

/** Firefox's policies.json: the same settings under 3rdparty "Extensions" (capital E), the signed add-on from the same server. */
export function firefoxPolicies(hosting: Hosting, settings: ManagedSettings): Record<string, unknown> {
  return {
    policies: {
      ExtensionSettings: { [FIREFOX_ADDON_ID]: { installation_mode: 'force_installed', install_url: `${asFolder(hosting.baseUrl)}${XPI_FILE}` } },
      '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: settings } },
    },
  };
}

export const asJsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
