import { invalidField } from '@giaoviec/platform';

/**
 * Keyset cursors: the sort key of the last row of a page, opaque to clients (base64url JSON).
 * A cursor that does not decode, or decodes to the wrong shape, is a 400 naming `cursor`.
 */
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<Key>(cursor: string, isKey: (value: unknown) => value is Key): Key {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'cursor', 'cursor is not a cursor this API gave out');
  }
  if (!isKey(decoded)) throw invalidField('cursor', 'cursor', 'cursor is not a cursor this API gave out');
  return decoded;
}
