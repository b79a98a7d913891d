/**
 * A grayscale image as plain numbers: what the image checks work on, so they
 * run the same in the browser (pixels from a canvas) and in Node (pixels from
 * a decoded file) with no DOM.
 */
export interface GrayImage {
  width: number;
  height: number;
  /** Luma 0–255, row-major, width × height values. */
  data: Float32Array;
}

/** Luma (BT.601) of RGBA or RGB pixels. */
export function toGray(pixels: ArrayLike<number>, width: number, height: number, channels: 3 | 4 = 4): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += channels) {
    data[i] = 0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]!;
  }
  return { width, height, data };
}

/** Summed-area table: the mean of any rectangle in four lookups. */
export interface Integral {
  width: number;
  height: number;
  sums: Float64Array;
}

export function integralOf(image: GrayImage): Integral {
  const { width, height, data } = image;
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  return { width, height, sums };
}

/** Mean luma of the rectangle [x0, x1) × [y0, y1), clamped to the image (at least one pixel). */
export function boxMean(integral: Integral, x0: number, y0: number, x1: number, y1: number): number {
  const { width, height, sums } = integral;
  const ax = Math.max(0, Math.min(width - 1, Math.floor(x0)));
  const ay = Math.max(0, Math.min(height - 1, Math.floor(y0)));
  const bx = Math.max(ax + 1, Math.min(width, Math.round(x1)));
  const by = Math.max(ay + 1, Math.min(height, Math.round(y1)));
  const stride = width + 1;
  const total = sums[by * stride + bx]! - sums[ay * stride + bx]! - sums[by * stride + ax]! + sums[ay * stride + ax]!;
  return total / ((bx - ax) * (by - ay));
}

/** Area-averaged downscale so the longer side is at most `maxSide` (never upscales). */
export function downscale(image: GrayImage, maxSide: number): GrayImage {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  if (scale === 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const integral = integralOf(image);
  const data = new Float32Array(width * height);
  const fx = image.width / width;
  const fy = image.height / height;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = boxMean(integral, x * fx, y * fy, (x + 1) * fx, (y + 1) * fy);
  return { width, height, data };
}
