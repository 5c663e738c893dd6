import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The BPMN templates that ship with Lotflow. */
export const bundledProcessesDirectory = fileURLToPath(new URL('../bpmn/', import.meta.url));

export interface ProcessFile {
  name: string;
  content: string;
}

/** Every `.bpmn` file in a folder, sorted by name so deployments are reproducible. */
export async function readProcessFiles(directory: string = bundledProcessesDirectory): Promise<ProcessFile[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.bpmn')).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(directory, name), 'utf8') })));
}
