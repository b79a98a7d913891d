/**
 * Photo checks in Firefox, where the background page (not an offscreen
 * document) analyses them (docs/photo-checks.md): a photo of people and a
 * photographed memo chosen in a site's file input give their notes in the
 * chip's panel and hold the post in the dialog.
 */
import { expect, it } from 'vitest';
import { peoplePhoto } from '../support/images';
import { useFirefoxSession } from './support/firefox';
import { clickDialogButton, closeSiteTabs, count, DIALOG, inOverlay, openSurface, posts, textAt, textOf, typeInto } from './support/pages';
import { choosePhotos, memoPhoto, photoNotes } from './support/photos';
import { firefoxSurface } from './support/surfaces';

const firefox = useFirefoxSession(closeSiteTabs);

it('X home composer: a photo of people and a photographed memo are each caught', async () => {
  const surface = firefoxSurface('X home composer');
  const { page, editor, submit } = await openSurface(firefox(), surface);
  const input = await page.$('[data-surface="home"] [data-testid="fileInput"]');
  if (!input) throw new Error('no file input');
  await choosePhotos(input, [{ name: 'people.jpg', buffer: peoplePhoto(1) }, await memoPhoto(page)]);
  await typeInto(page, editor, 'Weekend photos');

  const expected = ['photo-faces @ In attached photo 1', 'confidential-marker @ In attached photo 2'];
  await expect.poll(() => photoNotes(page), { timeout: 90_000, interval: 1_000 }).toEqual(expect.arrayContaining(expected));
  expect((await photoNotes(page)).filter((n) => n.endsWith('@ text'))).toEqual([]); // the words typed are fine

  // Close the panel (its own button), then Post: the dialog holds it with the photos' notes.
  for (const button of await page.$$(inOverlay('.panel__head button'))) if ((await textOf(button)) === 'Close notes') await button.click();
  await submit.click();
  await expect.poll(() => textAt(page, DIALOG)).toContain('In attached photo 2');
  expect(await textAt(page, DIALOG)).toContain('This photo shows people');
  expect(await posts(page)).toEqual([]);
  await clickDialogButton(page, 'Edit post');
  await expect.poll(() => count(page, DIALOG)).toBe(0);
  expect(await posts(page)).toEqual([]);
  await page.close();
});
