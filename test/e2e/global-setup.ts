import path from 'node:path';
import { build } from 'vite';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The browser tests run against the built client, as `npm start` serves it. */
export default async function setup() {
  await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'client'),
    logLevel: 'warn',
  });
}
