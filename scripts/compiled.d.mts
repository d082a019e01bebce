// Types of compiled.mjs (plain JavaScript, run before anything is installed), for the TypeScript that imports it.
export function compiledDir(root: string): string;
export function compiledStamp(root: string): string;
/** True when the compiled code was made after the last change to any source file. */
export function compiledIsFresh(root: string): boolean;
