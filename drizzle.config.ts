import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and serve both PGlite and a Postgres server.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
