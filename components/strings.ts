/** Every user-facing string of the extension's pages, in one place so a translation can be added. */
export const STRINGS = {
  appName: 'PostCheck',
  popupTitle: 'Policy notes for this tab',
  noFindings: 'Nothing to flag in the post you are writing. Your draft stays on this device.',
  notASite: 'Open Facebook, X or LinkedIn and start a post — PostCheck checks it as you type.',
  loading: 'Loading…',
  clauseLabel: (policy: string, section: string) => `${policy} §${section}`,
  suggestionLabel: 'Suggestion:',
  severity: { block: 'Must fix', warn: 'Check before posting', info: 'Note' },
  findingsCount: (n: number) => (n === 1 ? '1 policy note' : `${n} policy notes`),
  practiceTitle: 'Try a draft',
  practiceIntro: 'Type or paste a draft. It is checked on this device with the same rules as on the sites.',
  practiceLabel: 'Practice draft',
  privacyNote: 'Checked on your device. Nothing you type is sent anywhere.',
} as const;
