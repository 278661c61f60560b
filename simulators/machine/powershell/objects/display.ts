/** How the core formatter shows an object (the shape of its DisplayHint): a view and its properties. */
export interface DisplayHintLike {
  readonly view: 'table' | 'list';
  readonly properties: readonly string[];
}
