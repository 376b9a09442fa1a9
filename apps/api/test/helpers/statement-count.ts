import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

type Method = (...args: unknown[]) => unknown;

let statements = 0;
let installed = false;

/** Wraps a prototype method so that every call counts as one statement sent. */
function counted(target: object, name: string) {
  const original = Reflect.get(target, name) as Method;
  Reflect.set(target, name, function (this: unknown, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  });
}

/**
 * Counts every statement this process sends to a database: each query of a pg client (the pool
 * Prisma runs on and any other) and each query, exec or transaction of PGlite. Install it before
 * the database is opened: the pool binds its clients' `query` when they connect.
 */
export function installStatementCounter() {
  if (installed) return;
  installed = true;
  counted(pg.Client.prototype, 'query');
  for (const name of ['query', 'exec', 'transaction']) counted(PGlite.prototype, name);
}

/** How many statements `work` sent, with its result. */
export async function statementsDuring<T>(work: () => Promise<T>) {
  const before = statements;
  const result = await work();
  return { result, statements: statements - before };
}
