/**
 * Chrome's offscreen document: the one extension page that analyses photos and
 * runs the sentence judge, off every site's main thread. Created on first use.
 */
const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

export async function ensureOffscreenDocument(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] });
  if (contexts.length) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Checks drafts and attached photos on the device (sentences against the policy; faces, the city seal, text, location in photos) before they are posted.',
    })
    .finally(() => (creating = null));
  await creating;
}
