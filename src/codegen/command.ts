import type { Command } from 'commander';
import type { Io } from '../cli/run.js';
type Runner = (body: () => number | Promise<number>) => Promise<void>;
export function registerCodegenCommand(program: Command, io: Io, run: Runner): void {}
