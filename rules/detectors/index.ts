/** Dispatches a rule's detector parameters to the detector module of that kind. */
import type { DetectorParams } from './params';
import { detectPhrases } from './phrases';
import type { DetectorInput, Hit } from './types';

export function runDetector(input: DetectorInput, params: DetectorParams): Hit[] {
  switch (params.kind) {
    case 'phrases':
      return detectPhrases(input, params);
  }
}
