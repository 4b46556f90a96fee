// The files of a package as published on the npm registry: `npm view` names
// the latest version and its tarball (through the registry npm is configured
// with), the tarball is fetched over HTTPS, gunzipped and read with a tiny
// tar reader, so nothing is installed or unpacked to disk.
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';

export interface PublishedPackage {
  name: string;
  version: string;
  /** Regular files by their path inside the package ("dist/array.js"), without npm's "package/" folder. */
  files: Map<string, Buffer>;
}

export async function fetchPublishedPackage(name: string): Promise<PublishedPackage> {
  const view = spawnSync('npm', ['view', name, 'version', 'dist.tarball', '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (view.status !== 0) throw new Error(`npm view ${name}: ${view.stderr.trim().split('\n')[0]}`);
  const { version, 'dist.tarball': tarball } = JSON.parse(view.stdout) as Record<string, string>;
  if (!version || !tarball) throw new Error(`npm view ${name}: no version or tarball`);
  const response = await fetch(tarball, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${tarball}: HTTP ${response.status}`);
  const tar = gunzipSync(Buffer.from(await response.arrayBuffer()));
  return { name, version, files: readTar(tar) };
}

const BLOCK = 512;

/** A NUL-terminated header field. */
function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/**
 * Regular files of a ustar archive (what npm publishes). Long names come as
 * a pax header ("path=" record) or, from older packers, a GNU "L" entry; both
 * name the entry that follows them.
 */
export function readTar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let nextName: string | undefined;
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((byte) => byte === 0)) break; // end of archive
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1) || '0';
    const prefix = field(header, 345, 155);
    const body = tar.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      nextName = body.toString('utf8').match(/^\d+ path=(.*)$/m)?.[1] ?? nextName;
      continue;
    }
    if (type === 'L') {
      nextName = field(body, 0, body.length);
      continue;
    }
    const name =
      nextName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    nextName = undefined;
    if (type === '0') files.set(name.replace(/^[^/]+\//, ''), Buffer.from(body));
  }
  return files;
}
