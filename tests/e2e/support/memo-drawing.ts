/**
 * The memo both end-to-end suites photograph: drawn in the page by the
 * browser's own text engine (Chromium's through Playwright, Firefox's through
 * puppeteer), a little askew on grey paper. Runs inside the page, so it uses
 * nothing from its module; returns the JPEG's bytes as base64.
 */
export function drawMemoJpeg(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 1400;
  canvas.height = 1000;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.fillStyle = '#6b6b6b';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.translate(700, 500);
  g.rotate(-0.03);
  g.fillStyle = '#f4f1ea';
  g.fillRect(-520, -420, 1040, 840);
  g.fillStyle = '#1a1a1a';
  g.font = 'bold 64px sans-serif';
  g.fillText('CONFIDENTIAL', -440, -300);
  g.font = '36px serif';
  ['MEMORANDUM', 'To: Public Works staff', 'Re: staffing plan for March', 'Do not distribute outside the department.'].forEach((line, i) => g.fillText(line, -440, -190 + i * 70));
  return canvas.toDataURL('image/jpeg', 0.85).split(',')[1] ?? '';
}
