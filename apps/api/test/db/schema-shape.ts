import { readFile } from 'node:fs/promises';
import { getDMMF } from '@prisma/get-dmmf';
import type { SqlConnection } from '../../src/db/database.js';

/**
 * The schema as a set of named facts ("column users.email" → "text, nullable"), built once from
 * schema.prisma (through Prisma's own parser) and once from a live database (pg_catalog), so the
 * two can be compared fact by fact.
 */
export type SchemaFacts = Map<string, string>;

export const SCHEMA_PATH = new URL('../../../../prisma/schema.prisma', import.meta.url);

// Prisma's own bookkeeping; schema.prisma does not describe it.
const IGNORED_TABLES = new Set(['_prisma_migrations']);

/**
 * Indexes on an expression, which schema.prisma cannot express: the migrations create them and
 * they are expected here word for word (columns as PostgreSQL prints them).
 */
export const EXPRESSION_INDEXES: ReadonlyMap<string, string> = new Map([
  // The customer list's keyset order (prisma/migrations/20261203160000_scale_lists).
  ['index tenants_parent_id_lower_name_id_idx', 'on tenants (parent_id, lower(name), id)'],
]);

type Document = Exclude<ReturnType<typeof getDMMF>, { type: string }>;
type Model = Document['datamodel']['models'][number];
type Field = Model['fields'][number];

// --- schema.prisma -------------------------------------------------------------------------

export async function factsFromSchemaFile(path: URL = SCHEMA_PATH): Promise<SchemaFacts> {
  return factsFromSchema(await readFile(path, 'utf8'));
}

export async function factsFromSchema(schema: string): Promise<SchemaFacts> {
  const document = await getDMMF({ datamodel: schema });
  if ('type' in document) throw new Error(`schema.prisma does not parse: ${document.reason}`);
  const { models, enums, indexes } = document.datamodel;
  const facts: SchemaFacts = new Map();
  const enumNames = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = (modelName: string) => {
    const model = models.find((m) => m.name === modelName);
    if (!model) throw new Error(`unknown model ${modelName}`);
    return model.dbName ?? model.name;
  };
  const columnOf = (modelName: string, fieldName: string) => {
    const model = models.find((m) => m.name === modelName);
    const field = model?.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`unknown field ${modelName}.${fieldName}`);
    return field.dbName ?? field.name;
  };

  for (const e of enums) {
    const values = e.values.map((v) => v.dbName ?? v.name);
    facts.set(`enum ${e.dbName ?? e.name}`, [...values].sort().join(', '));
  }

  for (const model of models) {
    const table = tableOf(model.name);
    facts.set(`table ${table}`, 'exists');
    for (const field of model.fields) {
      if (field.kind === 'object') {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) continue; // the other side of the relation
        const to = field.relationToFields ?? [];
        const optional = from.some(
          (name) => !model.fields.find((f) => f.name === name)?.isRequired,
        );
        const onDelete = field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict');
        const onUpdate = field.relationOnUpdate ?? 'Cascade';
        const columns = from.map((name) => columnOf(model.name, name));
        facts.set(
          `foreign key ${table} (${columns.join(', ')})`,
          `references ${tableOf(field.type)} (${to.map((name) => columnOf(field.type, name)).join(', ')}), on delete ${onDelete}, on update ${onUpdate}`,
        );
        continue;
      }
      const type =
        field.kind === 'enum'
          ? `enum ${enumNames.get(field.type) ?? field.type}`
          : columnType(model.name, field);
      facts.set(
        `column ${table}.${field.dbName ?? field.name}`,
        describeColumn(field.isList ? `${type}[]` : type, !field.isRequired, schemaDefault(field)),
      );
    }
  }

  for (const index of indexes) {
    const table = tableOf(index.model);
    const columns = index.fields.map(
      (f) => `${columnOf(index.model, f.name)}${f.sortOrder === 'desc' ? ' DESC' : ''}`,
    );
    const plain = index.fields.map((f) => columnOf(index.model, f.name));
    if (index.type === 'id') {
      facts.set(
        `primary key ${index.dbName ?? prismaName(table, [], 'pkey')}`,
        `on ${table} (${columns.join(', ')})`,
      );
    } else if (index.type === 'unique') {
      facts.set(
        `unique index ${index.dbName ?? prismaName(table, plain, 'key')}`,
        `on ${table} (${columns.join(', ')})`,
      );
    } else if (index.type === 'normal') {
      const method =
        index.algorithm && index.algorithm !== 'BTree'
          ? ` using ${index.algorithm.toLowerCase()}`
          : '';
      facts.set(
        `index ${index.dbName ?? prismaName(table, plain, 'idx')}`,
        `on ${table} (${columns.join(', ')})${method}`,
      );
    } else {
      facts.set(`unsupported index on ${table} (${columns.join(', ')})`, index.type);
    }
  }
  for (const [fact, value] of EXPRESSION_INDEXES) facts.set(fact, value);
  return facts;
}

/** Prisma's default constraint name: table_columns_suffix, shortened to PostgreSQL's 63 bytes. */
function prismaName(table: string, columns: string[], suffix: string): string {
  const base = [table, ...columns].join('_');
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

/** The PostgreSQL type that Prisma Migrate creates for a scalar field. */
function columnType(modelName: string, field: Field): string {
  const [native, args = []] = field.nativeType ?? [undefined, []];
  const precision = (fallback: number) => args[0] ?? String(fallback);
  switch (field.type) {
    case 'String':
      if (!native || native === 'Text') return 'text';
      if (native === 'Uuid') return 'uuid';
      if (native === 'VarChar')
        return args[0] ? `character varying(${args[0]})` : 'character varying';
      if (native === 'Char') return `character(${precision(1)})`;
      if (native === 'Inet') return 'inet';
      break;
    case 'DateTime':
      if (!native || native === 'Timestamp') return `timestamp without time zone(${precision(3)})`;
      if (native === 'Timestamptz') return `timestamp with time zone(${precision(3)})`;
      if (native === 'Date') return 'date';
      break;
    case 'Int':
      if (!native || native === 'Integer') return 'integer';
      if (native === 'SmallInt') return 'smallint';
      break;
    case 'BigInt':
      if (!native || native === 'BigInt') return 'bigint';
      break;
    case 'Float':
      if (!native || native === 'DoublePrecision') return 'double precision';
      if (native === 'Real') return 'real';
      break;
    case 'Decimal':
      if (!native || native === 'Decimal') return `numeric(${args[0] ?? 65},${args[1] ?? 30})`;
      break;
    case 'Boolean':
      return 'boolean';
    case 'Json':
      if (!native || native === 'JsonB') return 'jsonb';
      if (native === 'Json') return 'json';
      break;
    case 'Bytes':
      return 'bytea';
  }
  // Better to fail loudly than to compare a type this mapping does not know.
  return `unmapped Prisma type ${field.type}${native ? ` @db.${native}` : ''} (${modelName}.${field.name})`;
}

function schemaDefault(field: Field): string | undefined {
  const value = field.default;
  if (value === undefined) return undefined;
  if (typeof value !== 'object') return String(value);
  if (!('name' in value)) return undefined; // a list default
  switch (value.name) {
    case 'now':
      return 'now()';
    case 'autoincrement':
      return 'autoincrement()';
    case 'dbgenerated':
      return String(value.args[0] ?? '');
    default:
      return undefined; // uuid(), cuid() and the like are made by the client, not the database
  }
}

function describeColumn(type: string, nullable: boolean, defaultValue: string | undefined) {
  const parts = [type, nullable ? 'nullable' : 'not null'];
  if (defaultValue !== undefined) parts.push(`default ${defaultValue}`);
  return parts.join(', ');
}

// --- the database --------------------------------------------------------------------------

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  datetime_precision: number | null;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  column_default: string | null;
}

interface IndexRow {
  table_name: string;
  index_name: string;
  is_unique: boolean;
  is_primary: boolean;
  is_partial: boolean;
  method: string;
  columns: string;
}

interface ForeignKeyRow {
  table_name: string;
  columns: string;
  ref_table: string;
  ref_columns: string;
  on_delete: string;
  on_update: string;
}

const ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

export async function factsFromDatabase(connection: SqlConnection): Promise<SchemaFacts> {
  const facts: SchemaFacts = new Map();

  const enums = await connection.query<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, E'\\n' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t
    JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public'
    GROUP BY t.typname`);
  for (const e of enums) facts.set(`enum ${e.name}`, e.labels.split('\n').sort().join(', '));

  const tables = await connection.query<{ table_name: string }>(`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
  for (const { table_name } of tables) {
    if (!IGNORED_TABLES.has(table_name)) facts.set(`table ${table_name}`, 'exists');
  }

  const columns = await connection.query<ColumnRow>(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, datetime_precision,
           character_maximum_length, numeric_precision, numeric_scale, column_default
    FROM information_schema.columns WHERE table_schema = 'public'`);
  for (const column of columns) {
    if (IGNORED_TABLES.has(column.table_name)) continue;
    facts.set(
      `column ${column.table_name}.${column.column_name}`,
      describeColumn(
        databaseType(column),
        column.is_nullable === 'YES',
        databaseDefault(column.column_default),
      ),
    );
  }

  const indexes = await connection.query<IndexRow>(`
    SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
           ix.indisprimary AS is_primary, ix.indpred IS NOT NULL AS is_partial, am.amname AS method,
           (SELECT string_agg(
                     COALESCE(a.attname, pg_get_indexdef(ix.indexrelid, k.ord::int, true)) ||
                     CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END,
                     ', ' ORDER BY k.ord)
            FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE k.ord <= ix.indnkeyatts) AS columns
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
    WHERE n.nspname = 'public'`);
  for (const index of indexes) {
    if (IGNORED_TABLES.has(index.table_name)) continue;
    const kind = index.is_primary ? 'primary key' : index.is_unique ? 'unique index' : 'index';
    const method = index.method === 'btree' ? '' : ` using ${index.method}`;
    const partial = index.is_partial ? ' (partial)' : '';
    facts.set(
      `${kind} ${index.index_name}`,
      `on ${index.table_name} (${index.columns})${method}${partial}`,
    );
  }

  const foreignKeys = await connection.query<ForeignKeyRow>(`
    SELECT t.relname AS table_name, rt.relname AS ref_table,
           c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
           (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
            FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
            FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class rt ON rt.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of foreignKeys) {
    facts.set(
      `foreign key ${fk.table_name} (${fk.columns})`,
      `references ${fk.ref_table} (${fk.ref_columns}), on delete ${ACTIONS[fk.on_delete] ?? fk.on_delete}, on update ${ACTIONS[fk.on_update] ?? fk.on_update}`,
    );
  }
  return facts;
}

function databaseType(column: ColumnRow): string {
  switch (column.data_type) {
    case 'USER-DEFINED':
      return `enum ${column.udt_name}`;
    case 'ARRAY':
      return `${column.udt_name.replace(/^_/, '')}[]`;
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return `${column.data_type}(${column.datetime_precision})`;
    case 'character varying':
    case 'character':
      return column.character_maximum_length === null
        ? column.data_type
        : `${column.data_type}(${column.character_maximum_length})`;
    case 'numeric':
      return `numeric(${column.numeric_precision},${column.numeric_scale})`;
    default:
      return column.data_type;
  }
}

/** A column default in the words of schema.prisma: literals unquoted, now(), autoincrement(). */
function databaseDefault(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  if (/^nextval\('.*'::regclass\)$/.test(raw)) return 'autoincrement()';
  if (raw === 'CURRENT_TIMESTAMP' || raw === 'now()') return 'now()';
  const literal = /^'((?:[^']|'')*)'(?:::.+)?$/.exec(raw);
  if (literal) return (literal[1] ?? '').replaceAll("''", "'");
  return raw;
}

// --- the comparison ------------------------------------------------------------------------

/** Every way in which the database differs from schema.prisma, one readable line each. */
export function compareSchemas(expected: SchemaFacts, actual: SchemaFacts): string[] {
  const differences: string[] = [];
  for (const [fact, value] of expected) {
    const found = actual.get(fact);
    if (found === undefined) {
      differences.push(`${fact} (${value}): in schema.prisma, not in the database`);
    } else if (found !== value) {
      differences.push(`${fact}: schema.prisma has ${value}; the database has ${found}`);
    }
  }
  for (const [fact, value] of actual) {
    if (!expected.has(fact)) {
      differences.push(`${fact} (${value}): in the database, not in schema.prisma`);
    }
  }
  return differences.sort();
}
