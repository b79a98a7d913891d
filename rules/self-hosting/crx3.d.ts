// crx3 (CRX3 packing in Node) ships no type declarations; this is the part PostCheck uses.
declare module 'crx3' {
  interface Crx3Options {
    /** PKCS#8 PEM of the packing key. crx3 makes a new key when this file is missing, so callers check it exists first. */
    keyPath: string;
    crxPath: string;
  }
  /** Packs the folder of the given manifest.json into a CRX3 file; resolves with the id it signed for. */
  export default function crx3(files: string[], options: Crx3Options): Promise<{ appId: string }>;
}
