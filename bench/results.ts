import { load1 } from "./measure/machine.ts";

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** 1-minute load average when the figure was taken. */
  load: number;
  note?: string;
}

export interface TargetResult {
  section: string;
  target: string;
  value: number;
  unit: string;
  threshold: string;
  pass: boolean;
  /** What limits the figure, when the target is missed. */
  limit?: string;
}

const format = (value: number): string =>
  Number.isInteger(value)
    ? value.toLocaleString("en-US")
    : value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Every figure and target of a run, printed the moment it is measured. */
export class Results {
  readonly figures: Figure[] = [];
  readonly targets: TargetResult[] = [];
  readonly missing: { section: string; what: string; why: string }[] = [];

  figure(section: string, name: string, value: number, unit: string, note?: string): number {
    const figure: Figure = { section, name, value, unit, load: load1(), ...(note ? { note } : {}) };
    this.figures.push(figure);
    console.log(`  ${name}: ${format(value)} ${unit}${note ? ` (${note})` : ""}  [load ${figure.load}]`);
    return value;
  }

  /** A target met when `value` compares to `threshold` as `atLeast` says. */
  target(
    section: string,
    target: string,
    value: number,
    unit: string,
    threshold: number,
    atLeast: boolean,
    limit?: string,
  ): boolean {
    const pass = atLeast ? value >= threshold : value <= threshold;
    this.targets.push({
      section,
      target,
      value,
      unit,
      threshold: `${atLeast ? "≥" : "≤"} ${format(threshold)} ${unit}`,
      pass,
      ...(!pass && limit ? { limit } : {}),
    });
    console.log(
      `  ${pass ? "PASS" : "FAIL"} ${target}: ${format(value)} ${unit} (target ${atLeast ? "≥" : "≤"} ${format(threshold)})`,
    );
    return pass;
  }

  skipped(section: string, what: string, why: string): void {
    this.missing.push({ section, what, why });
    console.log(`  NOT MEASURED ${what}: ${why}`);
  }
}
