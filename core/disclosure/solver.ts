import highsModule from 'highs';

// Under nodenext the package's types.d.ts is read as CommonJS (its default is the module), while Node
// loads build/highs.mjs, whose default export is the loader itself.
const highsLoader = highsModule as unknown as typeof highsModule.default;

type Highs = Awaited<ReturnType<typeof highsLoader>>;

let highs: Highs | null = null;

/**
 * Loads HiGHS (LP and MIP, compiled to WebAssembly) once. The disclosure code stays synchronous like
 * the rest of the engine, so every entry point that may protect a wave (the extension's wave figures,
 * the tests, the bench) awaits this first; the bundle's target has no top-level await. The .wasm is
 * read from the `highs` package, which the bundle keeps external for that reason.
 */
export async function loadSolver(): Promise<void> {
  highs ??= await highsLoader();
}

function loaded(): Highs {
  if (highs === null) throw new Error('disclosure control needs HiGHS: await loadSolver() before protecting a wave');
  return highs;
}

/** A linear programme over columns with bounds and rows `lower <= a·x <= upper`, CSR-style. */
export interface LinearModel {
  readonly colLower: readonly number[];
  readonly colUpper: readonly number[];
  readonly rows: readonly LinearRow[];
  /** Marks the binary columns: the model is then a MIP. */
  readonly binary?: readonly boolean[] | undefined;
}

export interface LinearRow {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  lower: number;
  upper: number;
}

/** A missing bound: HiGHS takes IEEE infinity (its `highs.infinity`). */
export const INFINITY = Number.POSITIVE_INFINITY;

/**
 * A model kept in the solver between objectives: the audit solves the same reader's LP for the
 * minimum and the maximum of every suppressed cell, changing only the objective.
 */
export class Solver {
  readonly #model: ReturnType<Highs['createModel']>;
  readonly #optimal: number;
  readonly #columns: number;

  constructor(model: LinearModel) {
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of model.rows) {
      indices.push(...row.indices);
      values.push(...row.values);
      starts.push(indices.length);
    }
    this.#columns = model.colLower.length;
    const highs = loaded();
    this.#optimal = highs.constants.modelStatus.optimal;
    this.#model = highs.createModel({
      numCols: this.#columns,
      numRows: model.rows.length,
      colCost: new Array<number>(this.#columns).fill(0),
      colLower: model.colLower,
      colUpper: model.colUpper,
      rowLower: model.rows.map((row) => row.lower),
      rowUpper: model.rows.map((row) => row.upper),
      matrix: { format: 'csr', numRows: model.rows.length, numCols: this.#columns, starts, indices, values },
      ...(model.binary
        ? {
            integrality: model.binary.map((binary) =>
              binary ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
            ),
          }
        : {}),
    });
    this.#model.options.set({ output_flag: false });
  }

  /**
   * Minimises `costs·x` (a sparse objective). Returns the optimum, the primal values and the row duals,
   * or null when the model is infeasible.
   */
  minimise(
    objective: ReadonlyMap<number, number>,
  ): { value: number; primal: Float64Array; duals: Float64Array } | null {
    for (const [column, cost] of objective) this.#model.changeColCost(column, cost);
    this.#model.run();
    const status = this.#model.getModelStatus();
    const solution = status === this.#optimal ? this.#model.getSolution() : null;
    const value = status === this.#optimal ? this.#model.getObjectiveValue() : Number.NaN;
    for (const column of objective.keys()) this.#model.changeColCost(column, 0);
    return solution ? { value, primal: solution.colValue, duals: solution.rowDual } : null;
  }

  changeRowBounds(row: number, lower: number, upper: number): void {
    this.#model.changeRowBounds(row, lower, upper);
  }

  addRow(row: LinearRow): void {
    this.#model.addRow(row.lower, row.upper, { indices: row.indices, values: row.values });
  }

  dispose(): void {
    this.#model.dispose();
  }
}
