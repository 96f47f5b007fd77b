import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type StoredFile = { bytes: Buffer; contentType: string };

/**
 * Where uploaded files live. Services see only this port, so the local folder can later be
 * swapped for object storage without touching them. Keys are relative paths with `/` separators.
 */
export type FileStore = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when there is no file under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing file is not an error: a retried removal must succeed. */
  delete(key: string): Promise<void>;
};

// The content type follows from the extension, so no sidecar file can drift from the file itself.
const contentTypeByExtension: Record<string, string> = {
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

// Each segment starts with a letter or digit: no `..`, no hidden files, and no clash with our temp files.
const keySegment = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class InvalidFileKeyError extends Error {
  override name = 'InvalidFileKeyError';
}

function contentTypeOf(key: string): string {
  const contentType = contentTypeByExtension[path.posix.extname(key).toLowerCase()];
  if (!contentType) throw new InvalidFileKeyError(`no known content type for file key ${JSON.stringify(key)}`);
  return contentType;
}

/** Files in a folder on this machine, e.g. DATA_DIR/files. */
export function createLocalFileStore(rootDir: string): FileStore {
  const root = path.resolve(rootDir);

  const pathFor = (key: string): string => {
    const segments = key.split('/');
    if (key.length > 500 || !segments.every((segment) => keySegment.test(segment) && segment !== '..')) {
      throw new InvalidFileKeyError(`invalid file key ${JSON.stringify(key)}`);
    }
    const resolved = path.join(root, ...segments);
    // Belt and braces: the segment rule already keeps every key inside the root.
    if (!resolved.startsWith(root + path.sep)) throw new InvalidFileKeyError(`invalid file key ${JSON.stringify(key)}`);
    return resolved;
  };

  return {
    async put(key, bytes, contentType) {
      const target = pathFor(key);
      if (contentTypeOf(key) !== contentType) {
        throw new InvalidFileKeyError(`file key ${JSON.stringify(key)} does not fit content type ${contentType}`);
      }
      await mkdir(path.dirname(target), { recursive: true });
      // Write beside the target and rename: a reader never sees half a file, even after a crash.
      const temporary = path.join(path.dirname(target), `.tmp-${randomUUID()}`);
      try {
        await writeFile(temporary, bytes, { flag: 'wx' });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const contentType = contentTypeOf(key);
      try {
        return { bytes: await readFile(pathFor(key)), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathFor(key), { force: true });
    },
  };
}
