import type { Expr, ParamAst, TypeName } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { childOfType, type LowerContext, meaningful } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerType } from './lower-operands.js';
import { variableToken } from './variable-token.js';

type AttributeValue = string | number | boolean;

/** DOC (about_Functions_Advanced_Parameters, about_Functions_CmdletBindingAttribute): what a param block declares: its parameters, and whether `[CmdletBinding()]` makes it advanced. */
export function lowerParams(L: LowerContext, node: SyntaxNode): { params: ParamAst[]; advanced: boolean } {
  let advanced = false;
  for (const attribute of attributes(childOfType(node, 'attribute_list'))) {
    const name = attributeName(attribute);
    if (name === 'cmdletbinding') advanced = true;
    else if (name !== 'outputtype') L.unsupported(attribute, `attribute [${name}] on a param block`);
  }
  const list = childOfType(node, 'parameter_list');
  const params = (list ? meaningful(list) : []).map((param) => lowerParam(L, param));
  return { params, advanced: advanced || params.some((param) => param.advanced) };
}

function lowerParam(L: LowerContext, node: SyntaxNode): ParamAst & { advanced: boolean } {
  const variable = childOfType(node, 'variable') ?? L.parseError(node, 'Missing parameter variable');
  const defaultNode = childOfType(node, 'script_parameter_default');
  const defaultExpr = defaultNode ? meaningful(defaultNode)[0] : undefined;
  let type: TypeName | undefined;
  let advanced = false;
  let mandatory = false;
  let position: number | undefined;
  let fromPipeline = false;
  let byPropertyName = false;
  let aliases: string[] = [];
  let validateSet: string[] | undefined;
  for (const attribute of attributes(childOfType(node, 'attribute_list'))) {
    const typeLiteral = childOfType(attribute, 'type_literal');
    if (typeLiteral) {
      type = lowerType(L, typeLiteral);
      continue;
    }
    const name = attributeName(attribute);
    const args = attributeArguments(L, attribute);
    if (name === 'parameter') {
      advanced = true;
      for (const [key, value] of args.named) {
        if (key === 'mandatory') mandatory = value === true;
        else if (key === 'position') position = Number(value);
        else if (key === 'valuefrompipeline') fromPipeline = value === true;
        else if (key === 'valuefrompipelinebypropertyname') byPropertyName = value === true;
        else if (
          key !== 'helpmessage' &&
          !(key === 'parametersetname' && /^__allparametersets$/i.test(String(value)))
        ) {
          L.unsupported(attribute, `Parameter(${key}=...)`);
        }
      }
    } else if (name === 'alias') aliases = args.positional.map(String);
    else if (name === 'validateset') validateSet = args.positional.map(String);
    else if (name !== 'allownull' && name !== 'allowemptystring')
      L.unsupported(attribute, `parameter attribute [${name}]`);
  }
  const defaultValue: Expr | undefined = defaultExpr ? lowerExpr(L, defaultExpr) : undefined;
  return {
    name: variableToken(variable.text).name,
    ...(type ? { type } : {}),
    ...(defaultValue ? { default: defaultValue } : {}),
    mandatory,
    ...(position !== undefined ? { position } : {}),
    valueFromPipeline: fromPipeline,
    valueFromPipelineByPropertyName: byPropertyName,
    aliases,
    ...(validateSet ? { validateSet } : {}),
    advanced,
    ext: L.ext(node),
  };
}

function attributes(list: SyntaxNode | undefined): SyntaxNode[] {
  return list ? meaningful(list).filter((node) => node.type === 'attribute') : [];
}

/** `[System.Management.Automation.ParameterAttribute()]` and `[Parameter()]` are the same attribute. */
function attributeName(attribute: SyntaxNode): string {
  const name = childOfType(attribute, 'attribute_name')?.text ?? attribute.text;
  return name
    .toLowerCase()
    .replace(/^system\.management\.automation\./, '')
    .replace(/attribute$/, '');
}

/** Attribute arguments must be constants: numbers, strings, `$true`/`$false`; a bare name means `$true`. */
function attributeArguments(L: LowerContext, attribute: SyntaxNode) {
  const named = new Map<string, AttributeValue>();
  const positional: AttributeValue[] = [];
  const list = childOfType(attribute, 'attribute_arguments');
  for (const argument of list ? meaningful(list) : []) {
    const parts = meaningful(argument);
    const first = parts[0];
    if (first?.type === 'simple_name') {
      named.set(first.text.toLowerCase(), parts[1] ? constant(L, lowerExpr(L, parts[1]), parts[1]) : true);
    } else if (first) {
      positional.push(...constants(L, lowerExpr(L, first), first));
    }
  }
  return { named, positional };
}

function constants(L: LowerContext, expr: Expr, node: SyntaxNode): AttributeValue[] {
  return expr.kind === 'array'
    ? expr.items.map((item) => constant(L, item, node))
    : [constant(L, expr, node)];
}

function constant(L: LowerContext, expr: Expr, node: SyntaxNode): AttributeValue {
  if (expr.kind === 'constant') return expr.value;
  if (expr.kind === 'variable' && /^(true|false)$/i.test(expr.name))
    return expr.name.toLowerCase() === 'true';
  return L.unsupported(node, 'attribute argument that is not a constant');
}
