/**
 * Whom a composer posts as, read from the page the way each site shows it (the
 * readers in entrypoints/content/sites/*-identity.ts, on pages shaped like the
 * fixtures), matched against the City's official accounts (IT's per site, the
 * pack's on every site), and the content script's choice of account from both.
 * linkedom (WXT's own DOM, pinned in package.json's overrides) builds the pages.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountReader } from '../../../entrypoints/content/official-account';
import { composingAsOnFacebook } from '../../../entrypoints/content/sites/facebook-identity';
import { composingAsOnLinkedIn } from '../../../entrypoints/content/sites/linkedin-identity';
import type { SiteAdapter } from '../../../entrypoints/content/sites/types';
import { composingAsOnX } from '../../../entrypoints/content/sites/x-identity';
import { bundledPack } from '../../../rules/packs/index';
import { accountKey, isOfficialIdentity, officialAccountKeys } from '../../../utils/official-accounts';

function page(html: string, pathname = '/') {
  const { document, window } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', { pathname });
  vi.stubGlobal('ShadowRoot', (window as unknown as { ShadowRoot?: unknown }).ShadowRoot ?? class {});
  return document;
}

const editorOf = (document: Document, selector: string) => document.querySelector<HTMLElement>(selector)!;

afterEach(() => vi.unstubAllGlobals());

describe('X: the active account', () => {
  const X = (composerHandle: string, switcher = '@jrivera_la') => `
    <header><button data-testid="SideNav_AccountSwitcher_Button"><span>Jane Rivera</span> <span>${switcher}</span></button></header>
    <main data-testid="primaryColumn">
      <div class="composer" data-surface="home">
        <div data-testid="UserAvatar-Container-${composerHandle}"><img alt=""></div>
        <div data-testid="tweetTextarea_0RichTextInputContainer"><div><div contenteditable="true" data-testid="tweetTextarea_0"></div></div></div>
      </div>
      <article data-testid="tweet">
        <div data-testid="UserAvatar-Container-cityfan"><img alt=""></div>
        <div data-testid="inline_reply_offscreen"><div class="composer" data-surface="inline-reply">
          <div data-testid="UserAvatar-Container-${composerHandle}"><img alt=""></div>
          <div><div contenteditable="true" data-testid="tweetTextarea_0"></div></div>
        </div></div>
      </article>
    </main>`;

  it('is the handle of the avatar beside the box, not that of the post replied to', () => {
    const document = page(X('CityOfAlexLA'));
    expect(composingAsOnX(editorOf(document, '[data-surface="home"] [contenteditable]'))).toEqual(['CityOfAlexLA']);
    expect(composingAsOnX(editorOf(document, '[data-surface="inline-reply"] [contenteditable]'))).toEqual(['CityOfAlexLA']);
  });

  it('falls back on the account switcher where no avatar is shown', () => {
    const document = page(`<button data-testid="SideNav_AccountSwitcher_Button">City of Alexandria @CityOfAlexLA</button><div role="dialog"><div contenteditable="true" data-testid="tweetTextarea_0"></div></div>`);
    expect(composingAsOnX(editorOf(document, '[contenteditable]'))).toEqual(['CityOfAlexLA']);
  });
});

describe('Facebook: the profile or Page named in the composer', () => {
  it('reads "Posting as …" in the Create-post dialog and "Comment as …" on a comment box; "Reply to …" names someone else', () => {
    const document = page(`
      <div role="dialog" aria-label="Create post"><h2>Create post</h2>
        <div class="posting-as"><div role="button" aria-label="Posting as City of Alexandria, Louisiana"><span>City of Alexandria, Louisiana</span></div></div>
        <form><div contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind, Ana?" id="post"></div></form>
      </div>
      <div role="article"><form class="comment"><div contenteditable="true" data-lexical-editor="true" aria-label="Comment as Ana Silva" id="comment"></div></form>
        <form class="reply"><div contenteditable="true" data-lexical-editor="true" aria-label="Reply to Ben Ortiz" id="reply"></div></form></div>`);
    expect(composingAsOnFacebook(editorOf(document, '#post'))).toEqual(['City of Alexandria, Louisiana']);
    expect(composingAsOnFacebook(editorOf(document, '#comment'))).toEqual(['Ana Silva']);
    expect(composingAsOnFacebook(editorOf(document, '#reply'))).toEqual([]);
  });
});

describe('LinkedIn: the company page whose admin view the share composer is on', () => {
  const SHARE = `<div role="dialog" class="share-box-v2__modal"><h2><button class="share-unified-settings-entry-button"><span class="share-unified-settings-entry-button__actor">AUTHOR</span> · Post to Anyone</button></h2>
    <div class="ql-editor" contenteditable="true" id="share"></div></div>
    <div data-view-name="comment-box"><div class="ProseMirror" contenteditable="true" id="comment"></div></div>`;

  it('reads the page from the admin view and the author from the dialog; a comment box there is not the share composer', () => {
    const document = page(SHARE.replace('AUTHOR', 'City of Alexandria, Louisiana'), '/company/city-of-alexandria/admin/page-posts/published/');
    expect(composingAsOnLinkedIn(editorOf(document, '#share'))).toEqual(['city-of-alexandria', 'City of Alexandria, Louisiana']);
    expect(composingAsOnLinkedIn(editorOf(document, '#comment'))).toEqual([]);
  });

  it('reads the member on their own feed', () => {
    const document = page(SHARE.replace('AUTHOR', 'Ana Silva'), '/feed/');
    expect(composingAsOnLinkedIn(editorOf(document, '#share'))).toEqual(['Ana Silva']);
  });
});

describe('the City’s official accounts', () => {
  it('match however they are written (case, @, the site’s address), never by a part of the name', () => {
    expect(accountKey('@CityOfAlexLA')).toBe(accountKey('https://x.com/cityofalexla'));
    expect(accountKey('linkedin.com/company/city-of-alexandria/')).toBe('city-of-alexandria');
    const keys = officialAccountKeys('facebook', { facebook: ['City of Alexandria,  Louisiana'], x: ['@CityOfAlexLA'] }, []);
    expect(isOfficialIdentity(['city of alexandria, louisiana'], keys)).toBe(true);
    expect(isOfficialIdentity(['City of Alexandria, Louisiana Fans'], keys)).toBe(false);
    // IT's X handles are not Facebook names; the pack's names count on every site.
    expect(isOfficialIdentity(['CityOfAlexLA'], keys)).toBe(false);
    expect(isOfficialIdentity(['CityOfAlexLA'], officialAccountKeys('facebook', undefined, ['@CityOfAlexLA']))).toBe(true);
    expect(isOfficialIdentity(['anything'], new Set())).toBe(false);
  });
});

describe('the account the content script checks a box as', () => {
  const adapter = (shown: () => string[]): SiteAdapter => ({ id: 'x', composingAs: shown } as unknown as SiteAdapter);
  const editor = {} as HTMLElement;
  const config = { officialAccounts: { x: ['@CityOfAlexLA'] } };

  it('is official when the composer shows one of IT’s accounts for the site, and personal otherwise', () => {
    expect(accountReader(adapter(() => ['CityOfAlexLA']), bundledPack('alexandria'), config)(editor)).toBe('official');
    expect(accountReader(adapter(() => ['jrivera_la']), bundledPack('alexandria'), config)(editor)).toBe('personal');
  });

  it('is personal with no accounts configured, with a pack without an official policy, and when reading fails (fail open)', () => {
    expect(accountReader(adapter(() => ['CityOfAlexLA']), bundledPack('alexandria'), {})(editor)).toBe('personal');
    expect(accountReader(adapter(() => ['CityOfAlexLA']), bundledPack('el-paso'), config)(editor)).toBe('personal');
    const broken = adapter(() => {
      throw new Error('the site changed');
    });
    expect(accountReader(broken, bundledPack('alexandria'), config)(editor)).toBe('personal');
  });
});
