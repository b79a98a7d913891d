/** Reads where a photo was taken from its EXIF/XMP metadata (exifr), from the file's first bytes only. */
import exifr from 'exifr';
import { isPosition, type Position } from '../../rules/images/geo';

export async function photoPosition(head: Uint8Array): Promise<Position | null> {
  if (head.length < 12) return null;
  try {
    const gps: unknown = await exifr.gps(head);
    return isPosition(gps) ? { latitude: gps.latitude, longitude: gps.longitude } : null;
  } catch {
    return null; // no metadata, or a format exifr does not read: nothing to say
  }
}
