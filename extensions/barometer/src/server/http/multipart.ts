// Reads the one uploaded file of a multipart request, streaming, with a size cap, so a huge or
// malformed body is refused with a 400 before anything is written.
import busboy from 'busboy';
import type { Request } from 'express';
import { BadRequestError } from './errors.ts';

export interface UploadedFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export function readUploadedFile(
  request: Request,
  options: { field: string; maxBytes: number },
): Promise<UploadedFile> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) {
    return Promise.reject(
      new BadRequestError({ reason: `Envoyez le fichier en multipart/form-data dans le champ « ${options.field} ».` }),
    );
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fileSize: options.maxBytes, fields: 10, parts: 20 },
      });
    } catch {
      reject(new BadRequestError({ reason: 'Corps multipart illisible.' }));
      return;
    }
    let file: UploadedFile | null = null;
    let failure: Error | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== options.field) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failure = new BadRequestError({
          reason: `Fichier trop volumineux (maximum ${Math.round(options.maxBytes / 1_000_000)} Mo).`,
        });
        stream.resume();
      });
      stream.on('end', () => {
        if (!failure) file = { filename: info.filename, mimeType: info.mimeType, bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => reject(new BadRequestError({ reason: 'Corps multipart illisible.' })));
    parser.on('close', () => {
      if (failure) reject(failure);
      else if (!file) reject(new BadRequestError({ reason: `Aucun fichier dans le champ « ${options.field} ».` }));
      else resolve(file);
    });
    request.pipe(parser);
  });
}
