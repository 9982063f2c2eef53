import { runMigrations } from '@giaoviec/platform';
import { createTestSchema } from '../../../../test/support/postgres';
import { describeEvidenceBlobStoreContract } from '../testing/evidence-blob-store.contract';
import { PostgresEvidenceBlobStore } from './postgres-evidence-blob-store';

describeEvidenceBlobStoreContract('postgres', async () => {
  const schema = await createTestSchema({ prefix: 'evidence_contract' });
  await runMigrations(schema.pool);
  const store = new PostgresEvidenceBlobStore(schema.pool);
  return {
    store,
    async teardown() {
      await store.close();
      await schema.drop();
    },
  };
});
