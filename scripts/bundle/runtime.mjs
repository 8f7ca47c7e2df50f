// The CLI bundle's link to dist/cli/load.cjs: loaded on the first call that needs the YAML parser or zod.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
export const cli = existsSync(join(here, 'load.cjs')) ? here : dirname(here);
let heavy;
export const get = () => (heavy ??= createRequire(import.meta.url)(join(cli, 'code-cache.cjs')).load(join(cli, 'load.cjs')));
