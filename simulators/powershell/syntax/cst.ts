/** A row and column, counted from 0 as tree-sitter counts them (UTF-16 columns). */
export interface Point {
  readonly row: number;
  readonly column: number;
}

/** The text of one parsed source and where its lines start, shared by all of its nodes. */
export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** The row and column of a UTF-16 offset; lines are indexed on first use. */
  point(index: number): Point {
    this.lineStarts ??= lineStartsOf(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: index - (starts[low] as number) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A plain copy of one node of tree-sitter's tree. Reading nodes through web-tree-sitter crosses
 * into wasm on every property; copying the tree once with a cursor and lowering the copy is
 * several times faster, and the wasm tree can be freed at once. Rows and columns are derived
 * from the offsets only when asked for: most nodes never are.
 */
export class CstNode {
  readonly children: CstNode[] = [];
  hasError = false;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly fieldName: string | null,
    readonly startIndex: number,
    readonly endIndex: number,
    private readonly source: SourceText,
  ) {}

  get startPosition(): Point {
    return this.source.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.source.point(this.endIndex);
  }

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): CstNode[] {
    return this.children.filter((child) => child.isNamed);
  }

  child(index: number): CstNode | null {
    return this.children[index] ?? null;
  }

  childForFieldName(name: string): CstNode | null {
    return this.children.find((child) => child.fieldName === name) ?? null;
  }
}
