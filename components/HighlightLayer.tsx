/** Underlines drawn over flagged words. Pure drawing: boxes in, nothing interactive (pointer events pass through). */
import type { Severity } from '../rules/schema';

export interface HighlightBox {
  key: string;
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The finding has keyboard focus or the pointer: drawn stronger. */
  emphasised?: boolean;
}

export function HighlightLayer({ boxes }: { boxes: readonly HighlightBox[] }) {
  return (
    <div class="highlights" aria-hidden="true">
      {boxes.map((b) => (
        <div
          key={b.key}
          class={`highlight highlight--${b.severity}${b.emphasised ? ' highlight--emphasised' : ''}`}
          style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
        />
      ))}
    </div>
  );
}
