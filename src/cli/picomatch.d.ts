// The part of picomatch's API the CLI uses (the package ships no types).
declare module "picomatch" {
  interface PicomatchOptions {
    dot?: boolean;
  }
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
  }
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
    scan(input: string): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
