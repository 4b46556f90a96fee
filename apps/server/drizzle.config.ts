// drizzle-kit: `npm run db:generate -w @koe/server` writes SQL migrations
// for schema changes; they are committed and applied on start and by `koe migrate`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/store/sqlite/schema.ts',
  out: './drizzle/sqlite',
});
