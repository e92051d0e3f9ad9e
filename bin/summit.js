#!/usr/bin/env node
// The `summit` bin: runs the TypeScript sources through tsx, so an installed checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
