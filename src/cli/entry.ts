// Entry of the CLI bundle, dist/cli/cli.cjs (CommonJS, so no top-level await), which bin/jurisdiff.js runs.
import { runProcess } from './main.js';

void runProcess();
