import type nlp from 'compromise/one';
import type * as obscenityLibrary from 'obscenity';

export declare function compromiseOne(): typeof nlp;
export declare function obscenity(): typeof obscenityLibrary;
