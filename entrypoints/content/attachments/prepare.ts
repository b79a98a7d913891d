/**
 * Gets a photo ready for analysis without weighing on the page: the browser
 * decodes and scales it off the main thread (createImageBitmap, then an
 * OffscreenCanvas encodes a JPEG of at most 2,000 pixels a side), and the
 * first bytes of the original file are kept for its GPS metadata.
 */
import type { AnalysisRequest } from '../../../utils/picture-analysis/types';

const MAX_SIDE = 2000;
/** Cameras write EXIF (with GPS) at the start of the file; 192 KB covers JPEG, HEIC and PNG headers. */
const HEAD_BYTES = 192 * 1024;
/** Larger files are not read (a 12 MP JPEG is 3–8 MB; 60 MB is a RAW or a panorama). */
export const MAX_PHOTO_BYTES = 60 * 1024 * 1024;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the photo'));
    reader.readAsDataURL(blob);
  });
}

export async function preparePhoto(file: File): Promise<Pick<AnalysisRequest, 'image' | 'head'>> {
  if (file.size > MAX_PHOTO_BYTES) throw new Error('the photo is too large to check');
  // Decoding and scaling happen in the browser's image decoder, off the page's main thread.
  const probe = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(probe.width, probe.height));
  const width = Math.max(1, Math.round(probe.width * scale));
  const height = Math.max(1, Math.round(probe.height * scale));
  probe.close();
  const original = await createImageBitmap(file, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(original, 0, 0);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const [image, head] = await Promise.all([dataUrl(jpeg), dataUrl(file.slice(0, HEAD_BYTES))]);
    return { image, head: head.slice(head.indexOf(',') + 1) };
  } finally {
    original.close();
  }
}
