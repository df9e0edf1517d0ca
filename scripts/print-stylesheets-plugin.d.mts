// Types for print-stylesheets-plugin.mjs, so the tests can bundle with it.
import type { Plugin } from 'esbuild';
export declare function printStylesheetsPlugin(assetsDir?: string): Plugin;
