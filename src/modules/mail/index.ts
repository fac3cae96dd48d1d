/** The mail outbox and its worker (started by the app; nothing to plug into HTTP). */
import type { ModuleManifest } from "../manifest.ts";

export const mailModule: ModuleManifest = {
  name: "mail",
};
