/** A constant in a WHERE clause. */
export type WqlLiteral =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** The comparison operators (DOC: WQL operators); `!=` is read as `<>`. */
export type WqlOperator = '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A WHERE condition. */
export type WqlCondition =
  | { readonly kind: 'and' | 'or'; readonly left: WqlCondition; readonly right: WqlCondition }
  | { readonly kind: 'not'; readonly condition: WqlCondition }
  | {
      readonly kind: 'compare';
      readonly property: string;
      readonly operator: WqlOperator;
      readonly literal: WqlLiteral;
    }
  | { readonly kind: 'like'; readonly property: string; readonly pattern: string }
  | { readonly kind: 'null'; readonly property: string; readonly negated: boolean };

/** `SELECT * | a, b FROM class [WHERE condition]`. */
export interface WqlQuery {
  /** `*`, or the property names as typed. */
  readonly properties: '*' | readonly string[];
  readonly className: string;
  readonly where?: WqlCondition;
}
