// drizzle-kit for the PostgreSQL backend: `npm run db:generate:pg -w @koe/server`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/pg-schema.ts',
  out: './drizzle/postgres',
});
