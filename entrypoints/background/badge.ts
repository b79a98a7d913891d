/** The toolbar badge of a tab: the number of warn/block findings in its last-edited compose box. */
import { type Finding, isInterrupting } from '../../rules/finding';
import { browser } from '../../utils/browser';

const BLOCK_COLOUR = '#b3261e';
const WARN_COLOUR = '#8a5a00';

export function badgeFor(findings: readonly Finding[]): { text: string; colour: string } {
  const interrupting = findings.filter(isInterrupting);
  const hasBlock = interrupting.some((f) => f.severity === 'block');
  return { text: interrupting.length ? String(interrupting.length) : '', colour: hasBlock ? BLOCK_COLOUR : WARN_COLOUR };
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(tabId: number, findings: readonly Finding[]): Promise<void> {
  const { text, colour } = badgeFor(findings);
  const action = actionApi();
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: colour });
}
