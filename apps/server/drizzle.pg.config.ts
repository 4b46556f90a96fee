// drizzle-kit for the PostgreSQL backend: `npm run db:generate:pg -w @koe/server`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/postgres/schema.ts',
  out: './drizzle/postgres',
});
