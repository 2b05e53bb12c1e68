import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  readonly method: number;
  readonly localHeaderOffset: number;
}

/** Reads a zip's central directory (a .vsix is a zip): enough to list and extract entries. */
export class ZipFile {
  readonly bytes: Buffer;
  readonly entries: ZipEntry[] = [];

  constructor(path: string) {
    this.bytes = readFileSync(path);
    const bytes = this.bytes;
    let end = -1;
    // The end record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
      if (bytes.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error(`${path} is not a zip file`);
    const count = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
      const nameLength = bytes.readUInt16LE(offset + 28);
      const extraLength = bytes.readUInt16LE(offset + 30);
      const commentLength = bytes.readUInt16LE(offset + 32);
      this.entries.push({
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        size: bytes.readUInt32LE(offset + 24),
        localHeaderOffset: bytes.readUInt32LE(offset + 42),
        name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      });
      offset += 46 + nameLength + extraLength + commentLength;
    }
  }

  get names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  read(name: string): Buffer {
    const entry = this.entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`${name} is not in the archive`);
    const header = entry.localHeaderOffset;
    const start = header + 30 + this.bytes.readUInt16LE(header + 26) + this.bytes.readUInt16LE(header + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) return inflateRawSync(data);
    throw new Error(`${name}: unsupported compression method ${entry.method}`);
  }
}
