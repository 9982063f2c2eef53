import type { Redis } from 'ioredis';

/** `used_memory` of INFO memory: every byte Redis has allocated, whoever wrote it. */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const match = /^used_memory:(\d+)\r?$/m.exec(info);
  if (!match) throw new Error('INFO memory has no used_memory line');
  return Number(match[1]);
}

/**
 * The exact size (MEMORY USAGE, every element sampled) of the keys starting with `prefix`,
 * and how many there are. Unlike used_memory, it does not move when another process writes
 * to the same Redis while the benchmark runs.
 */
export async function keysMemory(redis: Redis, prefix: string): Promise<{ bytes: number; keys: number }> {
  let bytes = 0;
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 2000);
    cursor = next;
    if (batch.length === 0) continue;
    const pipeline = redis.pipeline();
    for (const key of batch) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    for (const [error, size] of (await pipeline.exec()) ?? []) {
      if (error) throw error;
      // A key deleted between SCAN and MEMORY USAGE answers nil.
      bytes += typeof size === 'number' ? size : 0;
    }
    keys += batch.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

/** Deletes the keys starting with `prefix` (DEL, so the memory is freed before it returns); returns how many. */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 2000);
    cursor = next;
    if (batch.length > 0) deleted += await redis.del(...batch);
  } while (cursor !== '0');
  return deleted;
}
