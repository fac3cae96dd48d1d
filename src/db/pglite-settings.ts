/**
 * What PGlite's PostgreSQL is started with, on top of PGlite's own parameters (src/db/client.ts; the bench's
 * PGlite floor and deep-page seed start the same way).
 *
 * 32 MB of shared buffers instead of PGlite's default 128: each start zeroes all of them, at about 3 ms a megabyte
 * on the machine measured (128 MB: ~820 ms of a start, 32 MB: ~530), and they stay resident. An embedded database is
 * a small one, and the operating system caches its files as well (bench/RESULTS.md, "eighth round").
 */
export const PGLITE_SETTINGS = ["-c", "shared_buffers=32MB"];
