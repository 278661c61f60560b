/** A row and column, counted from 0 as tree-sitter counts them (UTF-16 columns). */
export interface Point {
  readonly row: number;
  readonly column: number;
}

/**
 * A plain copy of one node of tree-sitter's tree. Reading nodes through web-tree-sitter crosses
 * into wasm on every property; copying the tree once with a cursor and lowering the copy is
 * several times faster, and the wasm tree can be freed at once.
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
    readonly startPosition: Point,
    readonly endPosition: Point,
    private readonly source: string,
  ) {}

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
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
