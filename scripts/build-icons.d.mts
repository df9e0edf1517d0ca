// Types for build-icons.mjs, so the tests can call it.
export declare const ICON_SIZES: number[];
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
export declare function buildIcons(options?: { svgPath?: string; outDir?: string }): Promise<{ outDir: string; sizes: number[] }>;
