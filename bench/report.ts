/** One line per figure: name, value, baseline, ratio (value / baseline), in aligned columns. */

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly baseline: number;
  readonly unit: string;
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function formatFigures(figures: readonly Figure[]): string[] {
  const rows = [
    ['name', 'value', 'baseline', 'ratio'],
    ...figures.map((figure) => [
      figure.name,
      format(figure.value, figure.unit),
      format(figure.baseline, figure.unit),
      figure.baseline > 0 ? (figure.value / figure.baseline).toFixed(3) : 'n/a',
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}
