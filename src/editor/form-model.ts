// Forms from the one valibot schema: describe() reads a schema into a Shape (what kind of input,
// its bilingual hint, limits), formTree() lays a file's JSON over it as fields with JSON Pointers.
// Walking valibot (not its JSON Schema export) keeps the patterns, formats and custom widgets
// (opening hours, chart kind, weekdays) that the export flattens or drops.
import { DATE_PATTERN, DATE_TIME_PATTERN, MEDIA_PATH_PATTERN } from '../content/schema.ts';
import { OPENING_PERIOD_PATTERN } from '../content/rules/opening-hours.ts';
import { joinPointer } from './pointer.ts';

export type TextFormat = 'plain' | 'date' | 'datetime' | 'media' | 'period';
export type Widget = 'weekly-hours' | 'chart-kind' | 'weekdays' | 'story' | 'dates' | 'recurrence';

interface ShapeBase {
  /** "中文 / English" from the schema's description, or '' where it has none. */
  hint: string;
  optional: boolean;
  /** The schema's default for an optional value left out. */
  default?: unknown;
  widget?: Widget;
}
export type Shape =
  | (ShapeBase & { kind: 'text'; format: TextFormat; maxLength?: number; long: boolean })
  | (ShapeBase & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (ShapeBase & { kind: 'boolean' })
  | (ShapeBase & { kind: 'choice'; options: readonly (string | number)[] })
  | (ShapeBase & { kind: 'object'; entries: [string, Shape][] })
  | (ShapeBase & { kind: 'list'; item: Shape; minItems?: number; maxItems?: number })
  | (ShapeBase & { kind: 'variant'; key: string; options: { tag: string; shape: Shape & { kind: 'object' } }[] });

/** The parts of a valibot schema object this walker reads. */
interface AnySchema {
  type: string;
  kind?: string;
  pipe?: AnySchema[];
  wrapped?: AnySchema;
  default?: unknown;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: AnySchema[] | readonly (string | number)[];
  literal?: string | number;
  key?: string;
  requirement?: unknown;
  description?: string;
}

/** Every action of a (possibly nested) pipe, innermost first. */
function actionsOf(schema: AnySchema): AnySchema[] {
  if (!schema.pipe) return [];
  const [base, ...actions] = schema.pipe;
  return [...(base && base !== schema ? actionsOf(base) : []), ...actions];
}

const WIDGETS: Record<string, Widget> = {
  openingHours: 'weekly-hours', chart: 'chart-kind', weekdays: 'weekdays', story: 'story',
  // Lists of dates are picked on a calendar; a rule shows the dates it yields beside its fields.
  closedDates: 'dates', except: 'dates', recurrence: 'recurrence',
};

/** Reads a valibot schema into a Shape. `key` is the field's name in its parent (chooses widgets). */
export function describe(input: unknown, key = ''): Shape {
  let schema = input as AnySchema;
  let optional = false;
  let dflt: unknown;
  if (schema.type === 'optional' || schema.type === 'nullish') {
    optional = true;
    dflt = schema.default;
    schema = schema.wrapped!;
  }
  const actions = actionsOf(schema);
  const hint = actions.filter((a) => a.type === 'description').pop()?.description ?? '';
  const req = (type: string) => actions.find((a) => a.type === type)?.requirement;
  const base: ShapeBase = { hint, optional, ...(dflt !== undefined ? { default: dflt } : {}), ...(WIDGETS[key] ? { widget: WIDGETS[key] } : {}) };
  switch (schema.type) {
    case 'string': {
      const regexes = actions.filter((a) => a.type === 'regex').map((a) => a.requirement);
      const format: TextFormat = regexes.includes(DATE_PATTERN)
        ? 'date'
        : regexes.includes(DATE_TIME_PATTERN)
          ? 'datetime'
          : regexes.includes(MEDIA_PATH_PATTERN)
            ? 'media'
            : regexes.includes(OPENING_PERIOD_PATTERN)
              ? 'period'
              : 'plain';
      const maxLength = req('max_length') as number | undefined;
      return { ...base, kind: 'text', format, ...(maxLength !== undefined ? { maxLength } : {}), long: (maxLength ?? 0) > 80 };
    }
    case 'number': {
      const min = req('min_value') as number | undefined;
      const max = req('max_value') as number | undefined;
      return { ...base, kind: 'number', integer: actions.some((a) => a.type === 'integer'), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'picklist':
      return { ...base, kind: 'choice', options: schema.options as readonly (string | number)[] };
    case 'literal':
      return { ...base, kind: 'choice', options: [schema.literal!] };
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return { ...base, kind: 'object', entries: Object.entries(schema.entries!).filter(([k]) => k !== '$schema').map(([k, s]) => [k, describe(s, k)]) };
    case 'array': {
      const minItems = req('min_length') as number | undefined;
      const maxItems = req('max_length') as number | undefined;
      return { ...base, kind: 'list', item: describe(schema.item!, key), ...(minItems !== undefined ? { minItems } : {}), ...(maxItems !== undefined ? { maxItems } : {}) };
    }
    case 'variant': {
      const tagKey = schema.key!;
      const options = (schema.options as AnySchema[]).map((o) => {
        const shape = describe(o) as Shape & { kind: 'object' };
        const tag = (o.entries![tagKey] as AnySchema).literal;
        return { tag: String(tag), shape };
      });
      return { ...base, kind: 'variant', key: tagKey, options };
    }
    default:
      throw new Error(`the editor has no input for a schema of type "${schema.type}" (at "${key}")`);
  }
}

/** A new value for a shape, as a staff member adding it would start: required parts filled in. */
export function emptyValue(shape: Shape): unknown {
  switch (shape.kind) {
    case 'text':
      return '';
    case 'number':
      return shape.min !== undefined && shape.min > 0 ? shape.min : 0;
    case 'boolean':
      return false;
    case 'choice':
      return shape.default ?? shape.options[0];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of shape.entries) if (!s.optional) out[k] = emptyValue(s);
      return out;
    }
    case 'list':
      return Array.from({ length: shape.minItems ?? 0 }, () => emptyValue(shape.item));
    case 'variant': {
      const first = shape.options[0]!;
      return { ...(emptyValue(first.shape) as object), [shape.key]: first.tag };
    }
  }
}

/** One field of a file laid over its shape: where it is, what it holds, its parts. */
export interface FieldNode {
  pointer: string;
  key: string;
  shape: Shape;
  value: unknown;
  /** False for an optional value the file leaves out (the form offers to add it). */
  present: boolean;
  children: FieldNode[];
}

function childrenOf(shape: Shape, value: unknown, pointer: string): FieldNode[] {
  if (value === undefined || value === null) return [];
  if (shape.kind === 'object') {
    const record = typeof value === 'object' ? (value as Record<string, unknown>) : {};
    return shape.entries.map(([k, s]) => fieldNode(s, record[k], joinPointer(pointer, k), k));
  }
  if (shape.kind === 'list') {
    const items = Array.isArray(value) ? value : [];
    return items.map((item, i) => fieldNode(shape.item, item, joinPointer(pointer, i), String(i)));
  }
  if (shape.kind === 'variant') {
    const record = typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const option = shape.options.find((o) => o.tag === record[shape.key]) ?? shape.options[0]!;
    return option.shape.entries.map(([k, s]) => fieldNode(s, record[k], joinPointer(pointer, k), k));
  }
  return [];
}

export function fieldNode(shape: Shape, value: unknown, pointer: string, key: string): FieldNode {
  return { pointer, key, shape, value, present: value !== undefined, children: childrenOf(shape, value, pointer) };
}

/** The whole form of one file. */
export function formTree(shape: Shape, doc: unknown): FieldNode {
  return fieldNode(shape, doc, '', '');
}

/** Pointers of every input the form shows for a document (scalars, and lists of scalars' items). */
export function inputPointers(node: FieldNode): string[] {
  const out: string[] = [];
  const walk = (n: FieldNode) => {
    // The weekday checkboxes edit their list as one value.
    if (n.shape.widget === 'weekdays') out.push(n.pointer);
    else if (n.shape.kind === 'object' || n.shape.kind === 'list' || n.shape.kind === 'variant') {
      if (n.shape.kind === 'variant' && n.present) out.push(`${n.pointer}/${n.shape.key}`);
      for (const c of n.children) if (!(n.shape.kind === 'variant' && c.key === n.shape.key)) walk(c);
    } else out.push(n.pointer);
  };
  walk(node);
  return out;
}

/** "数值 / value" -> ["数值", "value"]; a field with no hint is named by its key. */
export function hintParts(shape: Shape, key: string): [string, string] {
  if (!shape.hint) return [key, ''];
  const at = shape.hint.indexOf(' / ');
  return at < 0 ? [shape.hint, ''] : [shape.hint.slice(0, at), shape.hint.slice(at + 3)];
}
