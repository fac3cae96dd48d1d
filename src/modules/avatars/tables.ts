/**
 * Avatar images, content-addressed and kept in the database so every Guildhall process serves them
 * without a shared disk. An organisation points at one by file name; a row no organisation uses any
 * more is deleted in the transaction that stops using it.
 */
import { sql } from "drizzle-orm";
import { check, customType, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const avatars = pgTable(
  "avatars",
  {
    /** `<sha256 of the bytes, hex>.<png|jpg>`: the URL path, and equal bytes share it. */
    fileName: text("file_name").primaryKey(),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("avatars_file_name_format", sql`${t.fileName} ~ '^[0-9a-f]{64}[.](png|jpg)$'`),
    check("avatars_content_type_valid", sql`${t.contentType} in ('image/png', 'image/jpeg')`),
  ],
);

export type AvatarRow = typeof avatars.$inferSelect;
