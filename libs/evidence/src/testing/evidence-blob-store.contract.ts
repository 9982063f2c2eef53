import { randomBytes, randomUUID } from 'node:crypto';
import type { EvidenceBlobStore } from '../evidence-blob-store.port';

export interface EvidenceBlobStoreUnderTest {
  readonly store: EvidenceBlobStore;
  teardown(): Promise<void>;
}

/**
 * What every adapter of the EvidenceBlobStore port must do. Keys are fresh uuids, so the
 * suite can run against a bucket or a schema shared with other tests.
 */
export function describeEvidenceBlobStoreContract(
  adapterName: string,
  factory: () => Promise<EvidenceBlobStoreUnderTest>,
): void {
  describe(`EvidenceBlobStore contract: ${adapterName}`, () => {
    let underTest: EvidenceBlobStoreUnderTest;
    beforeAll(async () => {
      underTest = await factory();
    });
    afterAll(async () => {
      await underTest.teardown();
    });

    it('gives back exactly the bytes stored, every byte value included', async () => {
      const key = randomUUID();
      const bytes = Buffer.concat([
        Buffer.from([0x00, 0xff, 0x25, 0x50, 0x44, 0x46]),
        randomBytes(2 * 1024 * 1024),
      ]);
      await underTest.store.put(key, bytes, 'application/pdf');
      const stored = await underTest.store.get(key);
      expect(stored?.equals(bytes)).toBe(true);
    });

    it('knows nothing of a key never stored', async () => {
      await expect(underTest.store.get(randomUUID())).resolves.toBeUndefined();
    });

    it('replaces the bytes when the same key is stored again (a retried upload)', async () => {
      const key = randomUUID();
      await underTest.store.put(key, Buffer.from('a;b\n1;2\n'), 'text/csv');
      await underTest.store.put(key, Buffer.from('a;b\n3;4\n'), 'text/csv');
      expect((await underTest.store.get(key))?.toString()).toBe('a;b\n3;4\n');
    });

    it('forgets the bytes once deleted, and deleting twice is no error', async () => {
      const key = randomUUID();
      await underTest.store.put(key, Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
      await underTest.store.delete(key);
      await expect(underTest.store.get(key)).resolves.toBeUndefined();
      await expect(underTest.store.delete(key)).resolves.toBeUndefined();
    });

    it('keeps keys apart', async () => {
      const [first, second] = [randomUUID(), randomUUID()];
      await underTest.store.put(first, Buffer.from('một'), 'text/csv');
      await underTest.store.put(second, Buffer.from('hai'), 'text/csv');
      expect((await underTest.store.get(first))?.toString()).toBe('một');
      expect((await underTest.store.get(second))?.toString()).toBe('hai');
    });
  });
}
