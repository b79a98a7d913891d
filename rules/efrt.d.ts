// efrt (compromise's word-list packer) ships no type declarations.
declare module 'efrt' {
  /** The words of a packed list, each mapped to true. */
  export function unpack(packed: string): Record<string, true>;
  export function pack(words: readonly string[]): string;
}
