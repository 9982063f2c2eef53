import {
  comparePostgresPositions,
  decodePostgresCheckpoint,
  encodePostgresCheckpoint,
} from './postgres-checkpoint';

describe('PostgreSQL checkpoints', () => {
  it('round-trips a transaction id and position through a fixed-width string', () => {
    const position = { transactionId: '7421', globalPosition: '15' };
    expect(encodePostgresCheckpoint(position)).toBe('00000000000000007421:00000000000000000015');
    expect(decodePostgresCheckpoint(encodePostgresCheckpoint(position))).toEqual(position);
    const max = { transactionId: '18446744073709551615', globalPosition: '9223372036854775807' };
    expect(decodePostgresCheckpoint(encodePostgresCheckpoint(max))).toEqual(max);
  });

  it('accepts unpadded checkpoints and refuses anything else', () => {
    expect(decodePostgresCheckpoint('12:3')).toEqual({ transactionId: '12', globalPosition: '3' });
    for (const bad of ['', '12', '12:', 'x:1', '1:-1', '1:2:3', '1 :2'])
      expect(() => decodePostgresCheckpoint(bad)).toThrow(TypeError);
  });

  it('orders by transaction first, then position, as strings and as positions', () => {
    const positions = [
      { transactionId: '9', globalPosition: '500' },
      { transactionId: '10', globalPosition: '2' },
      { transactionId: '10', globalPosition: '11' },
      { transactionId: '100', globalPosition: '1' },
    ];
    const encoded = positions.map(encodePostgresCheckpoint);
    expect([...encoded].sort()).toEqual(encoded);
    for (let i = 1; i < positions.length; i++)
      expect(comparePostgresPositions(positions[i - 1], positions[i])).toBe(-1);
    expect(comparePostgresPositions(positions[1], { ...positions[1] })).toBe(0);
  });
});
