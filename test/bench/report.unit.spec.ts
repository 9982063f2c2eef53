import { formatFigures } from '../../bench/report';

describe('the benchmark report', () => {
  it('prints one aligned line per figure: name, value, baseline, ratio', () => {
    const lines = formatFigures([
      { name: 'commands/s c=1', value: 150, baseline: 1_500, unit: '/s' },
      { name: 'lag p99', value: 12.5, baseline: 0, unit: 'ms' },
    ]);

    expect(lines).toEqual([
      'name              value  baseline  ratio',
      'commands/s c=1   150 /s   1500 /s  0.100',
      'lag p99         12.5 ms   0.00 ms    n/a',
    ]);
  });
});
