// Looks at screenshots: is anything drawn at all?
import { PNG } from 'pngjs';

/**
 * Summarises a PNG: its size, how many distinct colours it has, which share of its pixels
 * differ from the most common colour (the background), and its mean brightness (0..255, Rec. 601
 * luma: a dark theme is well under 128, a light one well over).
 */
export function analyzePng(buffer) {
  const png = PNG.sync.read(buffer);
  const counts = new Map();
  const { data, width, height } = png;
  let luma = 0;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
    luma += 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
  }
  let background = 0;
  for (const count of counts.values()) background = Math.max(background, count);
  const pixels = width * height;
  return {
    width,
    height,
    distinctColors: counts.size,
    foregroundShare: (pixels - background) / pixels,
    mean: luma / pixels,
  };
}

/**
 * A canvas counts as blank when it is (nearly) one flat colour: fewer than 16 distinct colours or
 * under 0.5% of its pixels away from the background. Text and widgets easily pass both.
 */
export function isBlank(analysis) {
  return analysis.distinctColors < 16 || analysis.foregroundShare < 0.005;
}
