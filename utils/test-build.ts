/**
 * Whether this is the end-to-end test build (`npm run build:e2e`: `wxt build --mode e2e`, written to
 * .output/chrome-mv3-e2e). Only that build marks the page when PostCheck is ready (`html[data-postcheck]`)
 * and leaves the overlay's shadow root open for Playwright to read. The build employees get shows a page
 * nothing that says PostCheck is installed (a site could tell from it who is a city employee).
 * Vite replaces the mode at build time, so the test-only branches are not even in the shipped code.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'e2e';
