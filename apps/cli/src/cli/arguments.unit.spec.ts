import { CliUsageError, parseCliArguments } from './arguments';

describe('the command line of the CLI', () => {
  it('rebuilds the read models always, or only when they are stale', () => {
    expect(parseCliArguments(['rebuild-read-models'])).toEqual({
      command: 'rebuild-read-models',
      ifStale: false,
    });
    expect(parseCliArguments(['rebuild-read-models', '--if-stale'])).toEqual({
      command: 'rebuild-read-models',
      ifStale: true,
    });
  });

  it('says what is wrong with a command line it cannot take', () => {
    expect(() => parseCliArguments(['rebuild'])).toThrow(new CliUsageError('Unknown command "rebuild".'));
    expect(() =>
      parseCliArguments([
        'create-admin',
        '--username',
        'a',
        '--display-name',
        'A',
        '--agency-id',
        'x',
        '--if-stale',
      ]),
    ).toThrow(/--if-stale goes with rebuild-read-models only/);
    expect(parseCliArguments([])).toEqual({ command: 'help' });
  });
});
