/**
 * The photos attached to each compose box and what their analysis found, in
 * memory only (keyed by the editor element, gone with it). Photos are analysed
 * one at a time, in the order attached; each result becomes findings through
 * the pack's image rules. "Everyone pictured agreed" clears the face notes of
 * the box's photos; posting clears the box's photos.
 */
import type { CheckContext } from '../../../rules/engine';
import type { Finding } from '../../../rules/finding';
import { marksToFind } from '../../../rules/images/marks-to-find';
import type { Pack } from '../../../rules/schema';
import type { AnalysisAnswer } from '../../../utils/picture-messages';
import type { AnalysisRequest } from '../../../utils/picture-analysis/types';
import type { CheckEngine } from '../checker-handoff';
import { preparePhoto } from './prepare';

export interface PhotoState {
  /** 1-based, in the order attached to this box. */
  index: number;
  status: 'checking' | 'checked' | 'failed';
  findings: Finding[];
  /** Why the photo could not be checked (status "failed"). */
  problem?: string;
}

export interface PhotoSummary {
  checking: number;
  failed: PhotoState[];
}

interface BoxPhotos {
  photos: PhotoState[];
  consented: boolean;
}

export interface PhotoChecksOptions {
  pack: Pack;
  /** The rules engine's reading of an analysis (from the checker's script, see checker-handoff.ts). */
  pictureFindings: CheckEngine['pictureFindings'];
  context: CheckContext;
  analyze(request: AnalysisRequest): Promise<AnalysisAnswer>;
  /** Told whenever a box's photo findings change (analysis finished, consent given, cleared). */
  changed(editor: HTMLElement): void;
}

export class PhotoChecks {
  private readonly boxes = new WeakMap<HTMLElement, BoxPhotos>();
  private queue: Promise<void> = Promise.resolve();
  /** The pack's face rules, whatever their ids: the notes "Everyone pictured agreed" answers. */
  private readonly faceRules: ReadonlySet<string>;

  constructor(private readonly options: PhotoChecksOptions) {
    this.faceRules = new Set(options.pack.imageRules.filter((rule) => rule.detector.kind === 'faces').map((rule) => rule.id));
  }

  isFaceFinding(finding: Finding): boolean {
    return finding.attachment !== undefined && this.faceRules.has(finding.ruleId);
  }

  add(editor: HTMLElement, files: File[]): void {
    const box = this.boxes.get(editor) ?? { photos: [], consented: false };
    this.boxes.set(editor, box);
    box.consented = false; // a new photo may show someone new
    for (const file of files) {
      const photo: PhotoState = { index: box.photos.length + 1, status: 'checking', findings: [] };
      box.photos.push(photo);
      this.queue = this.queue.then(() => this.analyse(editor, photo, file));
    }
    this.options.changed(editor);
  }

  findings(editor: HTMLElement): Finding[] {
    const box = this.boxes.get(editor);
    if (!box) return [];
    return box.photos.flatMap((photo) => photo.findings).filter((f) => !(box.consented && this.isFaceFinding(f)));
  }

  summary(editor: HTMLElement): PhotoSummary {
    const photos = this.boxes.get(editor)?.photos ?? [];
    return { checking: photos.filter((p) => p.status === 'checking').length, failed: photos.filter((p) => p.status === 'failed') };
  }

  /** The user confirmed that everyone pictured agreed to the post. */
  consentToFaces(editor: HTMLElement): void {
    const box = this.boxes.get(editor);
    if (!box) return;
    box.consented = true;
    this.options.changed(editor);
  }

  /** The post went out (or the box was emptied): its photos are gone. */
  clear(editor: HTMLElement): void {
    if (!this.boxes.delete(editor)) return;
    this.options.changed(editor);
  }

  private async analyse(editor: HTMLElement, photo: PhotoState, file: File): Promise<void> {
    try {
      const prepared = await preparePhoto(file);
      const answer = await this.options.analyze({ ...prepared, marks: marksToFind(this.options.pack), readText: true });
      if (!answer.ok) throw new Error(answer.error);
      photo.findings = this.options.pictureFindings(answer.result, this.options.pack, this.options.context, photo.index);
      photo.status = 'checked';
    } catch (error) {
      photo.status = 'failed';
      photo.problem = error instanceof Error ? error.message : String(error);
    }
    if (this.boxes.get(editor)?.photos.includes(photo)) this.options.changed(editor);
  }
}
