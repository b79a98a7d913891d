/**
 * Photo checks on each site's compose box, end to end: photos attached by the
 * file input (inside LinkedIn's shadow root too), by paste and by drop are
 * analysed on the device (offscreen document: faces, the city seal, OCR,
 * GPS), and their notes reach the chip's panel and the pre-post dialog, tied
 * to the photo they are about. A plain landscape yields nothing.
 */
import { encodeJpeg, landscape, peoplePhoto, sealPhoto, withGps } from '../support/images';
import { activeTabBadge, expect, test } from './support/extension';
import { choosePhotos, dropPhotos, jpegFile, memoPhoto, PHOTO_SURFACES, pastePhoto, photoNotes } from './support/photos';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

for (const { surface: name, fileInput } of PHOTO_SURFACES) {
  const surface = SURFACES.find((s) => s.name === name)!;

  test(`${name}: people, a seal, a memo and GPS are each caught; a landscape is not`, async ({ context, serviceWorker }) => {
    test.setTimeout(120_000);
    const { page, editor, submit } = await openSurface(context, surface);
    const memo = await memoPhoto(page);
    await choosePhotos(page.locator(fileInput), [jpegFile('people.jpg', peoplePhoto(1)), jpegFile('seal.jpg', sealPhoto('alexandria', 0.3)), memo]);
    // Pasted (the clipboard keeps it as a PNG): a landscape. Dropped (the file itself): a trail photo with GPS.
    await pastePhoto(page, editor, jpegFile('hills.jpg', encodeJpeg(landscape(1600, 1200, 11))));
    await dropPhotos(page, editor, [jpegFile('trail.jpg', withGps(encodeJpeg(landscape()), 38.8048, -77.0434))]);
    // Text after the photos, as people usually do (and as X's editor prefers: a paste can reset it).
    await editor.click();
    await page.keyboard.type('Weekend photos');

    await expect(overlay(page).locator('.chip')).toBeVisible();
    const expected = [
      'photo-faces @ In attached photo 1',
      'photo-city-seal @ In attached photo 2',
      'confidential-marker @ In attached photo 3',
      'photo-uniform-words @ In attached photo 3',
      'photo-location @ In attached photo 5',
    ];
    await expect.poll(async () => (await photoNotes(page)).sort(), { timeout: 90_000 }).toEqual(expect.arrayContaining(expected));
    const notes = await photoNotes(page);
    expect(notes.filter((n) => n.includes('photo 4'))).toEqual([]); // the landscape
    expect(notes.filter((n) => n.endsWith('@ text'))).toEqual([]); // the words typed are fine
    // Badge: the warn and block notes (faces, seal, the memo's CONFIDENTIAL and its "Public Works"); the GPS note is info.
    await expect.poll(() => activeTabBadge(serviceWorker)).toBe('4');

    await expect(overlay(page).locator('.panel')).not.toContainText('Checking'); // the landscape too
    await overlay(page).getByRole('button', { name: 'Close notes' }).click();
    await submit.click();
    const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('In attached photo 3');
    await expect(dialog).toContainText('This photo shows people');
    // Consent answers the faces only: the seal and the memo still hold the post.
    await dialog.getByRole('button', { name: 'Everyone pictured agreed' }).click();
    await expect(dialog).not.toContainText('This photo shows people');
    await expect(dialog).toContainText('seal or logo');
    expect(await posts(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await posts(page)).length).toBe(1);
    // Posted: the box's photos are gone with it.
    await expect(overlay(page).locator('.chip')).toHaveCount(0);
  });
}

test('a photo of people alone: "Everyone pictured agreed" lets the post go out once', async ({ context }) => {
  test.setTimeout(90_000);
  const surface = SURFACES.find((s) => s.name === 'X home composer')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type('Team picnic!');
  await choosePhotos(page.locator(PHOTO_SURFACES[0]!.fileInput), [jpegFile('picnic.jpg', peoplePhoto(6))]);
  await expect(overlay(page).locator('.chip')).toHaveText('1 policy note', { timeout: 60_000 });
  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await dialog.getByRole('button', { name: 'Everyone pictured agreed' }).click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: 'Team picnic!', photos: 1 }]);
  await expect(dialog).toHaveCount(0);
});

test('posting while a photo is still being checked waits for it, then goes out by itself when it is fine', async ({ context }) => {
  test.setTimeout(90_000);
  const surface = SURFACES.find((s) => s.name === 'Facebook Create post')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type('Sunset over the hills');
  await choosePhotos(page.locator(PHOTO_SURFACES[1]!.fileInput), [jpegFile('hills.jpg', encodeJpeg(landscape(2400, 1800, 3)))]);
  await submit.click();
  // Held at once: the photo had not been checked yet.
  expect(await posts(page)).toEqual([]);
  await expect.poll(() => posts(page), { timeout: 60_000 }).toEqual([{ surface: 'post', text: 'Sunset over the hills', photos: 1 }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
