// The shape of a schema's *output*, for documenting answers. Input schemas
// carry defaults ("status: draft when left out"), which makes a field
// optional in a document; in an answer the field is always there. outputOf
// removes every default, however deep, so each such field reads as required.
// Only for documentation and typing: refinements and transforms are dropped,
// and what reaches a handler was already validated by the input schema.
import { z } from 'zod';

type AnySchema = z.ZodType;

export function outputOf<S extends AnySchema>(schema: S): S {
  return strip(schema) as S;
}

function strip(schema: AnySchema): AnySchema {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })
    ._zod.def;
  const description = schema.description;
  const rebuilt = ((): AnySchema => {
    switch (def.type) {
      case 'default':
      case 'prefault':
        return strip(def.innerType as AnySchema);
      case 'optional':
        return strip(def.innerType as AnySchema).optional();
      case 'nullable':
        return strip(def.innerType as AnySchema).nullable();
      case 'object': {
        const shape = Object.fromEntries(
          Object.entries(def.shape as Record<string, AnySchema>).map(([key, field]) => [
            key,
            strip(field),
          ]),
        );
        return z.object(shape);
      }
      case 'array':
        return z.array(strip(def.element as AnySchema));
      case 'record':
        return z.record(def.keyType as z.ZodString, strip(def.valueType as AnySchema));
      case 'union': {
        const options = (def.options as AnySchema[]).map(strip);
        return typeof def.discriminator === 'string'
          ? z.discriminatedUnion(
              def.discriminator,
              options as unknown as [z.ZodObject, ...z.ZodObject[]],
            )
          : z.union(options as [AnySchema, ...AnySchema[]]);
      }
      default:
        return schema;
    }
  })();
  return description && rebuilt !== schema ? rebuilt.describe(description) : rebuilt;
}
