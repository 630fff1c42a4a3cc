import { crc32, inflateRawSync } from 'node:zlib';
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES, RATIO_CHECKED_ABOVE_BYTES } from './limits.ts';

/** @see https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT sections 4.3.7, 4.3.12, 4.3.16 */
const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const LOCAL_HEADER_LENGTH = 30;
const CENTRAL_HEADER_LENGTH = 46;
const END_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const NOT_A_ZIP = "Ce fichier n'est pas un classeur Excel (.xlsx) : ce n'est pas une archive zip lisible.";

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

/**
 * Refuses, before any XLSX library sees them, archives that would cost the server more than a real
 * questionnaire: more than 50 MB once decompressed, an absurd compression ratio, ZIP64, encryption, or
 * sizes that lie. The central directory is read the way JSZip (inside exceljs) reads it, and every part is
 * then inflated with its declared size as a hard cap and its CRC-32 checked, because JSZip trusts the
 * declared sizes and would otherwise inflate a lying entry without bound.
 */
export function checkZip(bytes: Uint8Array): ZipCheck {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = readCentralDirectory(view);
    checkDeclaredSizes(entries);
    for (const entry of entries) verifyEntry(bytes, view, entry);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Refused ? error.message : NOT_A_ZIP };
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = view.byteLength - END_LENGTH; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return refuse(NOT_A_ZIP);
}

function readCentralDirectory(view: DataView): readonly ZipEntry[] {
  const end = findEndOfCentralDirectory(view);
  const commentLength = view.getUint16(end + 20, true);
  if (end + END_LENGTH + commentLength !== view.byteLength) refuse(NOT_A_ZIP);
  const entriesOnDisk = view.getUint16(end + 8, true);
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const isZip64 =
    entryCount === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff ||
    (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR);
  if (isZip64) refuse('Archive ZIP64 refusée : un questionnaire XLSForm est bien plus petit.');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || entriesOnDisk !== entryCount) {
    refuse('Archive multi-volumes refusée.');
  }
  // JSZip tolerates bytes before the archive by shifting every offset; an exact fit leaves no ambiguity.
  if (directoryOffset + directorySize !== end) refuse(NOT_A_ZIP);
  if (entryCount > MAX_ZIP_ENTRIES) refuse(`Le classeur contient plus de ${MAX_ZIP_ENTRIES} parties : fichier refusé.`);

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  // JSZip reads headers for as long as the signature repeats: make sure that is exactly `entryCount` of them.
  while (offset < end) {
    if (offset + CENTRAL_HEADER_LENGTH > end || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) refuse(NOT_A_ZIP);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const fileCommentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + CENTRAL_HEADER_LENGTH;
    entries.push({
      name: decoder.decode(
        new Uint8Array(view.buffer, view.byteOffset + nameStart, Math.min(nameLength, end - nameStart)),
      ),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset = nameStart + nameLength + extraLength + fileCommentLength;
  }
  if (offset !== end || entries.length !== entryCount) refuse(NOT_A_ZIP);
  return entries;
}

function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  for (const entry of entries) {
    if (entry.flags & ENCRYPTED_FLAG)
      refuse('Le classeur est chiffré (protégé par un mot de passe) : enregistrez-le sans mot de passe.');
    if (entry.method !== STORED && entry.method !== DEFLATED)
      refuse(`La partie « ${entry.name} » utilise une compression inconnue.`);
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) {
      refuse('Archive ZIP64 refusée : un questionnaire XLSForm est bien plus petit.');
    }
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    refuse(`Le classeur dépasse ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} Mo une fois décompressé : fichier refusé.`);
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_CHECKED_ABOVE_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      refuse(
        `La partie « ${entry.name} » est anormalement compressée (rapport ${Math.round(ratio)}:1) : fichier refusé par prudence.`,
      );
    }
  }
}

function verifyEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry): void {
  const corrupt = `La partie « ${entry.name} » du classeur est corrompue.`;
  const header = entry.localHeaderOffset;
  if (header + LOCAL_HEADER_LENGTH > view.byteLength || view.getUint32(header, true) !== LOCAL_FILE_HEADER)
    refuse(corrupt);
  const dataStart =
    header + LOCAL_HEADER_LENGTH + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > view.byteLength) refuse(corrupt);
  const data = bytes.subarray(dataStart, dataEnd);
  let content: Uint8Array;
  if (entry.method === STORED) {
    content = data;
  } else {
    try {
      // The declared size is the cap: a part that inflates further lied about its size.
      content = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch {
      return refuse(corrupt);
    }
  }
  if (content.byteLength !== entry.uncompressedSize || crc32(content) !== entry.crc) refuse(corrupt);
}
